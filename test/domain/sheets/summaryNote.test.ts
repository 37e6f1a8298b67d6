/**
 * Sammendrag tells which of its cells follow the tables (SPEC §9): the note in A7 names the rows of the formula
 * blocks written as the check's values (an amount typed as text, which SUMIFS skips), and the blocks that are values
 * on every run (new money per frame, measures not costed, checks) say so beside their title, in column B.
 */
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { planSummary } from '../../../src/domain/sheets/summary';
import { computeTotals } from '../../../src/domain/totals/totals';
import { summaryText } from '../../../src/i18n/sheets';
import type { CellInput } from '../../../src/domain/model/edits';
import type { Lang } from '../../../src/domain/model/report';
import type { Totals } from '../../../src/domain/model/totals';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { setCell } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';

const NB_NOTE = 'Summene gjelder tiltak med kostnadsstatus «Beregnet» og oppdateres av formlene når tabellene endres.';
const NB_CAPTION = 'Verdier fra siste kontroll, ikke formler: kjør kontrollen på nytt etter endringer.';

/** The example (1000 kr, from 2027), with `edit` applied to its cells before the check. */
function example(edit: (wb: WorkbookSnapshot) => WorkbookSnapshot = (wb) => wb) {
  const wb = edit(snapshotFromContent(exampleContent({ startYear: 2027 })));
  const plan = readPlan(wb, { defaultStartYear: 2027 }).plan;
  return { wb, plan, totals: computeTotals(plan) };
}

/** The cells Sammendrag is written with, row by row from A1. */
function written(ex: ReturnType<typeof example>, lang: Lang = 'nb', totals: Totals = ex.totals): CellInput[][] {
  const set = editsOf(planSummary(ex.plan, totals, ex.wb, summaryText(lang))).find((e) => e.kind === 'setCells');
  if (set?.kind !== 'setCells') throw new Error('no cells');
  return set.values.map((r) => [...r]);
}

const isFormula = (v: CellInput | undefined): boolean => typeof v === 'object' && v !== null;

/** D-003 (Samfunn og tjenester, NAV og sosiale tjenester, NAV-leder): its 2027 amount 350 typed as text. */
const typedAsText = (wb: WorkbookSnapshot) => setCell(wb, 'Tiltak drift', 'H4', '350');

describe('the note on top of Sammendrag (A7)', () => {
  it('says the sums follow the tables when every amount row is a formula', () => {
    const rows = written(example());
    expect(rows[6]?.[0]).toBe(NB_NOTE);
  });

  it('names the rows an amount typed as text turned into values, in place of that promise, row count unchanged', () => {
    const clean = written(example());
    const rows = written(example(typedAsText));
    expect(rows[6]?.[0]).toBe(
      'Summene gjelder tiltak med kostnadsstatus «Beregnet» og oppdateres av formlene når tabellene endres, unntatt ' +
        'de grå tallene i Drift per seksjon (Samfunn og tjenester, Alle seksjoner); Driftskostnad per planområde ' +
        '(NAV og sosiale tjenester); Driftskostnad per ansvarlig (NAV-leder): de er verdier fra denne kontrollen, ' +
        'ikke formler (for eksempel der et beløp er lagret som tekst, som Excels egne summer hopper over). Kjør ' +
        'kontrollen på nytt etter endringer.',
    );
    // The note is the only text that moves: every other row stays where the clean plan has it.
    expect(rows).toHaveLength(clean.length);
    expect(rows.map((r) => r[0]).filter((v, i) => v !== clean[i]?.[0])).toEqual([rows[6]?.[0]]);
    // The rows it names hold numbers (600 + 300 + 350 + 400 in 2027), the rows it does not name formulas.
    const operating = (label: string) => rows.find((r) => r[0] === label);
    expect(operating('Samfunn og tjenester')?.[1]).toBe(1650);
    expect(operating('Alle seksjoner')?.[1]).toBe(2120);
    expect(isFormula(operating('Organisasjon')?.[1])).toBe(true);
  });

  it.each([
    ['nn', 'Drift per seksjon (Samfunn og tjenester, Alle seksjonar); Driftskostnad per planområde'],
    ['en', 'Operating by section (Samfunn og tjenester, All sections); Operating cost per plan area'],
  ] as const)('in %s, with the block titles and labels of that language', (lang, rowsText) => {
    const note = String(written(example(typedAsText), lang)[6]?.[0]);
    expect(note).toContain(` ${rowsText} (NAV og sosiale tjenester); `);
    expect(note).not.toBe(summaryText(lang).note);
  });

  it.each([
    ['nb', 'Driftskostnad per ansvarlig (uten navn)'],
    ['nn', 'Driftskostnad per ansvarleg (utan namn)'],
    ['en', 'Operating cost per responsible (no name)'],
  ] as const)(
    'in %s, names a row without Ansvarlig in single brackets, not «((uten navn))» (review r9)',
    (lang, text) => {
      // D-003 without Ansvarlig (R4), its 2027 amount typed as text: its row of the responsible block is values.
      const note = String(
        written(
          example((wb) => setCell(typedAsText(wb), 'Tiltak drift', 'R4', null)),
          lang,
        )[6]?.[0],
      );
      expect(note).toContain(` ${text}: `);
      expect(note).not.toContain('((');
    },
  );

  it('names a count of a status outside the list, which is a value too', () => {
    const ex = example();
    const odd = { ...ex.totals, statusCounts: { ...ex.totals.statusCounts, Kanskje: 1 } };
    expect(String(written(ex, 'nb', odd)[6]?.[0])).toContain(' i Antall tiltak per kostnadsstatus (Kanskje): ');
  });
});

describe('the blocks of Sammendrag that are values on every run', () => {
  it.each([
    ['nb', ['Nye midler per rammeområde', 'Tiltak som ikke er beregnet', 'Kontroller'], NB_CAPTION],
    [
      'en',
      ['New money per budget frame', 'Measures not costed', 'Checks'],
      'Values from the last check, not formulas: run the check again after changes.',
    ],
  ] as const)(
    '%s: a caption beside the title of new money per frame, measures not costed and checks',
    (lang, titles, caption) => {
      const rows = written(example(), lang);
      const beside = titles.map((t) => rows.find((r) => r[0] === t)?.[1]);
      expect(beside).toEqual([caption, caption, caption]);
      // A block of formulas gets none.
      expect(rows.find((r) => r[0] === summaryText(lang).operatingTitle)?.[1]).toBeNull();
    },
  );
});
