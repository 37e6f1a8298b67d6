/**
 * A measure table whose sheet and table she both renamed (SPEC §2: found by table name, then by sheet name): it is
 * not found, and sheet-missing said to create it under Struktur, which adds a second, empty «Tiltak drift». The
 * advice now fits: no sheet of that name is there, so give the sheet its name back (then the table is found by its
 * sheet, whatever its own name), naming the one table of the user's that it may be; Struktur only if it is gone.
 */
import { readPlan } from '../../../src/domain/read/plan';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { renderFinding } from '../../../src/i18n/findings';
import { CLI_FINDINGS } from '../../../src/i18n/findingsCli';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

/** `wb` with the sheet `from` called `to` (its tables with it) and the table `table` called `name` (null: no table). */
function renamed(wb: WorkbookSnapshot, from: string, to: string, table: string, name: string | null): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => (s.sheet === from ? { ...s, sheet: to } : s)),
    tables: wb.tables.flatMap((t) => {
      const sheet = t.sheet === from ? to : t.sheet;
      if (t.name !== table) return [{ ...t, sheet }];
      return name === null ? [] : [{ ...t, name, sheet }];
    }),
  };
}

const base = canonicalSnapshot({ operating: [operatingRow()] });
const missing = (wb: WorkbookSnapshot) =>
  readPlan(wb, { defaultStartYear: 2026 }).findings.filter((f) => f.code === 'sheet-missing');

describe('a measure table whose sheet was renamed', () => {
  const both = renamed(base, 'Tiltak drift', 'Drift 2027', 'tblTiltakDrift', 'DriftTabell');

  it('names the one table of the user’s on another sheet that it may be', () => {
    expect(missing(both).map((f) => [f.sheet, f.cell, f.params])).toEqual([
      [
        'Tiltak drift',
        'A1',
        {
          table: 'tblTiltakDrift',
          sheet: 'Tiltak drift',
          reason: 'table-elsewhere',
          foundTable: 'DriftTabell',
          foundSheet: 'Drift 2027',
        },
      ],
    ]);
  });

  it('tells her to give the sheet its name back, not to make a second, empty one (pane and CLI)', () => {
    const [f] = missing(both);
    expect(f && renderFinding(f, 'nb', '1000 kr')).toBe(
      'Fant ikke tabellen over driftstiltak: arbeidsboken har ikke noe ark som heter «Tiltak drift». Er det tabellen «DriftTabell» på arket «Drift 2027»? Gi i så fall arket navnet «Tiltak drift» igjen, så finner Tiltaksplan tabellen der. Struktur → «Vis endringer» ville lage et nytt, tomt ark «Tiltak drift» i tillegg.',
    );
    expect(f && renderFinding(f, 'nn', '1000 kr')).toBe(
      'Fann ikkje tabellen over driftstiltak: arbeidsboka har ikkje noko ark som heiter «Tiltak drift». Er det tabellen «DriftTabell» på arket «Drift 2027»? Gi i så fall arket namnet «Tiltak drift» att, så finn Tiltaksplan tabellen der. Struktur → «Vis endringar» ville lage eit nytt, tomt ark «Tiltak drift» i tillegg.',
    );
    expect(f && renderFinding(f, 'en', '1000 kr')).toBe(
      'Could not find the operating measures table: the workbook has no sheet called "Tiltak drift". Is it the table "DriftTabell" on the sheet "Drift 2027"? If so, give that sheet the name "Tiltak drift" again, and Tiltaksplan finds the table there. Structure → "Show changes" would make a new, empty sheet "Tiltak drift" besides.',
    );
    const cli = f && renderFinding(f, 'nb', '1000 kr', CLI_FINDINGS);
    expect(cli).toContain(
      'Er det tabellen «DriftTabell» på arket «Drift 2027»? Gi i så fall arket navnet «Tiltak drift» igjen',
    );
    expect(cli).not.toContain('tiltaksplan new');
  });

  it('and the advice works: the sheet named back, the renamed table is read', () => {
    const back = renamed(both, 'Drift 2027', 'Tiltak drift', 'DriftTabell', 'DriftTabell');
    const read = readPlan(back, { defaultStartYear: 2026 });
    expect([read.plan.operating.length, missing(back)]).toEqual([1, []]);
  });

  it('with no table of the user’s to name (a plain range), says only that no sheet has the name', () => {
    const plain = renamed(base, 'Tiltak drift', 'Drift 2027', 'tblTiltakDrift', null);
    expect(missing(plain).map((f) => f.params)).toEqual([
      { table: 'tblTiltakDrift', sheet: 'Tiltak drift', reason: 'sheet-renamed' },
    ]);
    const [f] = missing(plain);
    expect(f && renderFinding(f, 'nb', '1000 kr')).toBe(
      'Fant ikke tabellen over driftstiltak: arbeidsboken har ikke noe ark som heter «Tiltak drift». Har du gitt arket et nytt navn, så gi det navnet «Tiltak drift» igjen; da finner Tiltaksplan tabellen der. Finnes ikke tabellen lenger, kan du lage den under Struktur i oppgavepanelet med «Vis endringer» (et nytt, tomt ark «Tiltak drift»).',
    );
  });

  it('names none when two tables of the user’s could be it (both measure tables renamed so)', () => {
    const two = renamed(both, 'Tiltak investering', 'Investering 2027', 'tblTiltakInvestering', 'InvTabell');
    expect(missing(two).map((f) => f.params.reason)).toEqual(['sheet-renamed', 'sheet-renamed']);
  });

  it('keeps the plain message when the sheet is there but holds no table', () => {
    const gone = { ...base, tables: base.tables.filter((t) => t.name !== 'tblTiltakDrift') };
    const empty = {
      ...gone,
      sheets: gone.sheets.map((s) => (s.sheet === 'Tiltak drift' ? { ...s, values: [] } : s)),
    };
    expect(missing(empty).map((f) => f.params)).toEqual([{ table: 'tblTiltakDrift', sheet: 'Tiltak drift' }]);
  });

  it('keeps the advice to make a plan for a workbook that holds nothing of one (no sheet or table of ours)', () => {
    const other: WorkbookSnapshot = {
      sheets: [{ sheet: 'Ark1', origin: 'A1', values: [['Navn', 'Beløp']] }],
      tables: [{ name: 'Tabell1', sheet: 'Ark1', ref: 'A1:B1' }],
    };
    expect(missing(other).map((f) => f.params.reason)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
