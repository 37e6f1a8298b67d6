/**
 * Review r25 (medium, file path check; fixed in domain/read/versionIds.ts): an archive sheet of her own («Arkiv 2022–2025», named as one, without the
 * product's header) whose IDs stand in column B under a header «ID» is read in its first column only, so the check
 * hands out an ID the archive holds: «Tiltaket har ingen ID. Gi det ID-en D-012, som ikke er brukt ennå.» while
 * «Arkiv 2022–2025»!B2 is D-012.
 *
 * Why wrong: SPEC §4 — an ID is never reused; docs/spec.md: the next free ID counts the IDs on the saved versions and
 * archives too, a sheet being one by its header or by its name «Arkiv …». Since the check reads of such a sheet only
 * the column versionIdColumns names (domain/read/versionIds.ts: «a sheet named as one without that header counts
 * from its first column»), an ID in another column is not seen; the pane's form, which reads the sheet whole, sees it.
 *
 * By hand: the example holds D-001 … D-011; D-005's ID emptied; the archive holds D-012. Handed out so far: up to
 * D-012, so id-missing gets D-013 (never D-012).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

test('an ID in column B of an archive of her own is not handed out again', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
  pkg.addSheet(
    'Arkiv 2022–2025',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      `<row r="1">${cell('A1', 'Seksjon')}${cell('B1', 'ID')}${cell('C1', 'Tiltak')}</row>` +
      `<row r="2">${cell('A2', 'Samfunn og tjenester')}${cell('B2', 'D-012')}${cell('C2', 'Gammelt tiltak')}</row>` +
      '</sheetData></worksheet>',
  );
  const d005 = cell('A6', 'D-005');
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) => {
    if (!x.includes(d005)) throw new Error('D-005 not in A6');
    return x.replace(d005, '');
  });
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  const run = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx'], run);
  const line =
    run
      .out()
      .split('\n')
      .find((l) => l.includes('Tiltaket har ingen ID')) ?? '';
  expect(line).toContain('D-013');
  expect(line).not.toContain('D-012');
});
