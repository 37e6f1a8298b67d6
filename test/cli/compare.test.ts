import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { fileText } from '../../src/i18n/cliFiles';
import { readPlan } from '../../src/domain/read/plan';
import { planSaveVersion } from '../../src/domain/sheets/version';
import type { CompareJson } from '../../src/report/compareJson';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo, type TestIo } from './testIo';
import { EXAMPLE_ROLL_CHANGED } from '../helpers/exampleRollChanges';

jest.setTimeout(30_000);

let dir: string;
const io = (): TestIo => testIo({ cwd: dir });
const json = (t: TestIo): CompareJson => JSON.parse(t.out()) as CompareJson;

/**
 * eksempel.xlsx (the example, 2027–2030), rullert.xlsx (its roll), and endret.xlsx: the example with the
 * version "Vedtatt K-sak 45/2026" saved, then D-001 given another Ansvarlig and 1 500 instead of 1 200 in 2028.
 */
beforeAll(async () => {
  dir = testIo().cwd;
  expect(await main(['new', 'eksempel.xlsx', '--example', '--start', '2027'], io())).toBe(0);
  expect(await main(['roll', 'eksempel.xlsx', '--out', 'rullert.xlsx'], io())).toBe(0);
  const wb = await openXlsxFile(path.join(dir, 'eksempel.xlsx'));
  const snapshot = await wb.read();
  const { plan } = readPlan(snapshot, { defaultStartYear: 2027 });
  await wb.apply(planSaveVersion(snapshot, plan, { label: 'Vedtatt K-sak 45/2026', date: '2026-12-10' }).edits);
  const d1 = plan.operating[0];
  const at = (key: string) => `${d1?.cellColumns[key]}${d1?.row}`;
  await wb.apply([
    { kind: 'setCells', sheet: 'Tiltak drift', origin: at('year:2028'), values: [[1500]] },
    { kind: 'setCells', sheet: 'Tiltak drift', origin: at('responsible'), values: [['Leder boligkontor']] },
  ]);
  await saveXlsxFile(wb, path.join(dir, 'endret.xlsx'));
});

describe('tiltaksplan compare', () => {
  it('compares the example with its roll: 3 overlapping years, the investments before the period', async () => {
    const t = io();
    expect(await main(['compare', 'eksempel.xlsx', 'rullert.xlsx', '--format', 'json'], t)).toBe(0);
    const diff = json(t);
    expect(Object.keys(diff)).toEqual([
      'old',
      'new',
      'settings',
      'unitNotConverted',
      'measures',
      'totals',
      'economyPlan',
    ]);
    // The roll moves a Prisnivå of the default form on with the period (SPEC §11): a setting that changed.
    expect(diff.settings).toEqual([{ field: 'priceLevel', old: 'faste 2027-kroner', new: 'faste 2028-kroner' }]);
    expect(diff.old).toEqual({
      file: 'eksempel.xlsx',
      label: 'eksempel.xlsx',
      plan: { startYear: 2027, years: [2027, 2028, 2029, 2030], unit: '1000 kr' },
    });
    expect(diff.new.plan.years).toEqual([2028, 2029, 2030, 2031]);
    // The renumbered measures, the years one version only holds and the bookings, by hand: exampleRollChanges.ts.
    expect(diff.measures.changed).toEqual(EXAMPLE_ROLL_CHANGED);
    expect(diff.totals.operating.years).toEqual({
      '2027': { old: 2_120_000, new: null, difference: null },
      '2028': { old: 3_050_000, new: 3_050_000, difference: 0 },
      '2029': { old: 3_650_000, new: 3_650_000, difference: 0 },
      '2030': { old: 4_250_000, new: 4_250_000, difference: 0 },
      '2031': { old: null, new: 4_250_000, difference: null },
    });
    expect(Object.keys(diff.totals)).toEqual(['operating', 'newMoney', 'investment', 'byFrame']);
    expect(Object.keys(diff.economyPlan)).toEqual(['added', 'removed', 'changed']);
  });

  it('compares a workbook with one of its own versions (--version-sheet): the JSON contract of a change', async () => {
    const t = io();
    const args = ['compare', 'endret.xlsx', '--version-sheet', 'Versjon 1', '--format', 'json'];
    expect(await main(args, t)).toBe(0);
    const diff = json(t);
    expect(diff.old.label).toBe('Vedtatt K-sak 45/2026');
    expect(diff.measures.changed).toEqual([
      {
        id: 'D-001',
        table: 'operating',
        changes: [
          { field: '2028', old: 1_200_000, new: 1_500_000 },
          { field: 'responsible', old: 'Rådmannen v/kommunalsjef velferd', new: 'Leder boligkontor' },
        ],
      },
    ]);
    // D-001's new money follows its cost: 2 400 × 1 500 / 2 400 in 2028. Its economy plan line did not change.
    expect(diff.totals.newMoney.years['2028']).toEqual({ old: 2_300_000, new: 2_600_000, difference: 300_000 });
    expect(diff.economyPlan.changed).toEqual([]);
  });

  it("writes text in the reader's language and one printable HTML page titled by the older version", async () => {
    const t = io();
    expect(await main(['compare', 'endret.xlsx', '--version-sheet', 'Versjon 1', '--lang', 'en'], t)).toBe(0);
    expect(t.out()).toMatch(/^Changes since Vedtatt K-sak 45\/2026\n/);
    expect(t.out()).toMatch(/D-001 +Utvidelse miljøteam.* 2028 +1\s200 +1\s500 +\+300/);
    const h = io();
    const args = [
      'compare',
      'endret.xlsx',
      '--version-sheet',
      'Versjon 1',
      '--format',
      'html',
      '--out',
      'endringer.html',
    ];
    expect(await main(args, h)).toBe(0);
    const html = readFileSync(path.join(dir, 'endringer.html'), 'utf8');
    expect(html).toContain('<title>Endringer fra Vedtatt K-sak 45/2026</title>');
    expect(html).toContain('<h1>Endringer fra Vedtatt K-sak 45/2026</h1>');
    expect(/<script|<link|src="http|href="http/i.test(html)).toBe(false);
  });

  it.each([
    ['one file without --version-sheet', ['compare', 'eksempel.xlsx']],
    ['a sheet that is not a version', ['compare', 'endret.xlsx', '--version-sheet', 'Tiltak drift']],
    ['an unreadable input', ['compare', 'eksempel.xlsx', 'ødelagt.xlsx', '--out', 'rapport.txt']],
    ['--out is an input', ['compare', 'eksempel.xlsx', 'rullert.xlsx', '--out', 'rullert.xlsx']],
    ['--out is another workbook', ['compare', 'eksempel.xlsx', 'rullert.xlsx', '--out', 'endret.xlsx']],
    ['a bad --format', ['compare', 'eksempel.xlsx', 'rullert.xlsx', '--format', 'pdf']],
  ])('exits 2 with one line and writes nothing for %s', async (_what, args) => {
    writeFileSync(path.join(dir, 'ødelagt.xlsx'), 'not a zip');
    const before = readFileSync(path.join(dir, 'rullert.xlsx'));
    const t = io();
    expect(await main(args, t)).toBe(2);
    expect(t.err().trim().split('\n')).toHaveLength(1);
    expect(t.out()).toBe('');
    expect(existsSync(path.join(dir, 'rapport.txt'))).toBe(false);
    expect(readFileSync(path.join(dir, 'rullert.xlsx')).equals(before)).toBe(true);
  });

  it('--out with a workbook name: the refusal names a report name, not --write (compare has none)', async () => {
    const t = io();
    expect(await main(['compare', 'eksempel.xlsx', 'rullert.xlsx', '--out', 'endringer.xlsx'], t)).toBe(2);
    expect(t.err()).toBe(`${fileText('reportAsWorkbookNoCopy', 'nb', { file: 'endringer.xlsx' })}\n`);
    expect(t.err()).not.toContain('--write');
    expect(existsSync(path.join(dir, 'endringer.xlsx'))).toBe(false);
  });

  it('finds the archive named with a hyphen as typed on a keyboard (Arkiv 2027-2030 for «Arkiv 2027–2030»)', async () => {
    const t = io();
    expect(await main(['compare', 'rullert.xlsx', '--version-sheet', 'Arkiv 2027-2030', '--format', 'json'], t)).toBe(
      0,
    );
    expect(json(t).old).toMatchObject({
      label: 'Tiltaksplan 2027–2030 før rullering',
      plan: { startYear: 2027, years: [2027, 2028, 2029, 2030] },
    });
  });

  it('names the versions the workbook has when the sheet is none of them', async () => {
    const t = io();
    await main(['compare', 'endret.xlsx', '--version-sheet', 'Versjon 2'], t);
    expect(t.err()).toContain('«Versjon 1»');
  });
  it('says on stderr which amount cells count as 0 (text in 2028 would read as a change of −1 500)', async () => {
    const wb = await openXlsxFile(path.join(dir, 'endret.xlsx'));
    const { plan } = readPlan(await wb.read(), { defaultStartYear: 2027 });
    const d1 = plan.operating[0];
    const cell = `${d1?.cellColumns['year:2028']}${d1?.row}`;
    await wb.apply([{ kind: 'setCells', sheet: 'Tiltak drift', origin: cell, values: [['se notat']] }]);
    await saveXlsxFile(wb, path.join(dir, 'feil.xlsx'));
    const t = io();
    expect(await main(['compare', 'endret.xlsx', 'feil.xlsx', '--format', 'json'], t)).toBe(0);
    // A text is no figure (docs/spec.md §14): null in JSON, as typed in text and HTML; the totals count it as 0.
    expect(json(t).measures.changed).toEqual([
      { id: 'D-001', table: 'operating', changes: [{ field: '2028', old: 1_500_000, new: null }] },
    ]);
    expect(t.err()).toBe(
      `feil.xlsx: 1 beløpscelle er ikke et beløp og teller som 0 i summene per år (Tiltak drift!${cell}). ` +
        'I listen over endringer står en tekst (som «?») slik den er skrevet, alt annet som 0. ' +
        'Kjør «tiltaksplan check feil.xlsx» for å se hvorfor.\n',
    );
    const quiet = io();
    expect(await main(['compare', 'eksempel.xlsx', 'endret.xlsx'], quiet)).toBe(0);
    expect(quiet.err()).toBe('');
  });

  it('says on stderr which amount cells of the saved version count as 0 (a user unhid it and typed a note)', async () => {
    // Versjon 1: header A2:B11, blank row 12, title A13, headers row 14, D-001 in row 15; 2028 is column I.
    const wb = await openXlsxFile(path.join(dir, 'endret.xlsx'));
    await wb.apply([{ kind: 'setCells', sheet: 'Versjon 1', origin: 'I15', values: [['se notat']] }]);
    await saveXlsxFile(wb, path.join(dir, 'versjonsnotat.xlsx'));
    const t = io();
    const args = ['compare', 'versjonsnotat.xlsx', '--version-sheet', 'Versjon 1', '--format', 'json'];
    expect(await main(args, t)).toBe(0);
    // The note is no figure: D-001's 2028 reads (no amount) → 1 500 in the comparison (docs/spec.md §14), and 0
    // in the totals, which the warning explains.
    expect(json(t).measures.changed[0]?.changes[0]).toEqual({ field: '2028', old: null, new: 1_500_000 });
    expect(t.err()).toBe(
      'versjonsnotat.xlsx: 1 beløpscelle i den lagrede versjonen er ikke et beløp og teller som 0 i ' +
        'summene per år (Versjon 1!I15). I listen over endringer står en tekst (som «?») slik den er skrevet, ' +
        'alt annet som 0.\n',
    );
  });

  it('says on stderr when the period is not the year columns (2028 typed in Første planår, no roll)', async () => {
    // The year headers stay 2027–2030: 2027's amounts are not read, and 2031 has no column, so the new money
    // of 2031 is not read — null, not a 0 the workbook does not hold (docs/spec.md §14). The comparison still
    // runs (exit 0).
    const wb = await openXlsxFile(path.join(dir, 'endret.xlsx'));
    await wb.apply([{ kind: 'setCells', sheet: 'Innstillinger', origin: 'B2', values: [[2028]] }]);
    await saveXlsxFile(wb, path.join(dir, 'periode.xlsx'));
    const t = io();
    expect(await main(['compare', 'endret.xlsx', 'periode.xlsx', '--format', 'json', '--lang', 'en'], t)).toBe(0);
    expect(json(t).totals.newMoney.years['2031']).toEqual({ old: null, new: null, difference: null });
    expect(t.err()).toBe(
      'periode.xlsx: The year columns do not match the plan period: expected 2028, 2029, 2030 and 2031, found ' +
        '2027, 2028, 2029 and 2030. Fix the headers or Første planår / Antall planår. The amounts per year in the ' +
        'table are checked and reconciled once the headers match. ' +
        '(Tiltak drift!H1, Tiltak investering!K1, Økonomiplan!G1) The comparison uses the plan period 2028–2031; ' +
        'a year without its own column is not compared. Run tiltaksplan check periode.xlsx to see more.\n',
    );
  });
});
