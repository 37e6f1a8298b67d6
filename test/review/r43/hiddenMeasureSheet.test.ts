/**
 * Review r43 — severity low (unclear report). A template that hides «Tiltak drift» (Skjul, or very hidden through the
 * VBA editor, as some municipal templates do with sheets «not to be touched») still gets its findings named by sheet
 * and cell: «Tiltak drift · A6 · Tiltaket har ingen ID …». She opens the workbook and finds no such sheet tab, and the
 * report never says the sheet is hidden. (The read itself is right: a hidden sheet is read as any other, and the
 * figures equal the visible plan's — kept below as a plain test.)
 *
 * By hand: the example with D-005's ID emptied on a hidden (and on a very hidden) «Tiltak drift»: the text report
 * says, in a line that names «Tiltak drift», that the sheet is hidden (nb/nn «skjult», en «hidden»); the same plan with
 * the sheet visible says no such thing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

async function planWithSheetState(state: 'visible' | 'hidden' | 'veryHidden') {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const d005 = '<c r="A6" t="inlineStr"><is><t>D-005</t></is></c>';
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) => {
    if (!x.includes(d005)) throw new Error('D-005 not in A6');
    return x.replace(d005, '');
  });
  if (state !== 'visible')
    pkg.edit('xl/workbook.xml', (x) =>
      x.replace('<sheet name="Tiltak drift" ', `<sheet name="Tiltak drift" state="${state}" `),
    );
  writeFileSync(file, pkg.bytes());
  return io.cwd;
}

const hiddenLine = {
  nb: /«Tiltak drift».*skjult|skjult.*«Tiltak drift»/,
  nn: /«Tiltak drift».*skjult|skjult.*«Tiltak drift»/,
  en: /"Tiltak drift".*hidden|hidden.*"Tiltak drift"/,
} as const;

test.each(['nb', 'nn', 'en'] as const)('%s: findings on a hidden measure sheet say it is hidden', async (lang) => {
  for (const state of ['hidden', 'veryHidden'] as const) {
    const io = testIo({ cwd: await planWithSheetState(state) });
    expect(await main(['check', 'plan.xlsx', '--lang', lang], io)).toBe(1);
    expect(io.out()).toContain('A6');
    expect(io.out() + io.err()).toMatch(hiddenLine[lang]);
  }
});

test('a hidden or very hidden measure sheet is read as the visible one (same JSON report)', async () => {
  const json = async (state: 'visible' | 'hidden' | 'veryHidden') => {
    const io = testIo({ cwd: await planWithSheetState(state) });
    expect(await main(['check', 'plan.xlsx', '--format', 'json'], io)).toBe(1);
    return { ...JSON.parse(io.out()), file: '' };
  };
  const visible = await json('visible');
  expect(visible.summary.errors).toBeGreaterThan(0);
  expect(await json('hidden')).toEqual(visible);
  expect(await json('veryHidden')).toEqual(visible);
});

test('the visible sheet is not said to be hidden', async () => {
  const io = testIo({ cwd: await planWithSheetState('visible') });
  await main(['check', 'plan.xlsx'], io);
  expect(io.out() + io.err()).not.toMatch(hiddenLine.nb);
});

test('check --economy-plan says it too', async () => {
  const cwd = await planWithSheetState('veryHidden');
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], testIo({ cwd }))).toBe(0);
  const io = testIo({ cwd });
  expect(await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx'], io)).toBe(1);
  expect(io.err()).toMatch(/^plan\.xlsx: arket «Tiltak drift» er svært skjult/m);
});
