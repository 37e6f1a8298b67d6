/**
 * The OOXML checker the workbook tests lean on can fail: a part with an element its schema does not allow is named,
 * each part on its own, also when several parts of one schema are checked in one xmllint run (ooxml-check.py).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { editPart, sheetPartName } from '../../../fixtures/make/zipPatch';
import { canCheckOoxml, ooxmlCheck } from './compare';

const FIXTURE = path.join(__dirname, '..', '..', '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');

(canCheckOoxml ? describe : describe.skip)('ooxml-check.py', () => {
  const good = new Uint8Array(readFileSync(FIXTURE));

  it('passes the as-Excel-saves-it plan', () => {
    expect(ooxmlCheck(good).split('\n').pop()).toBe('ooxml: 0 problems in 1 files');
  });

  it('names each invalid part, two sheets and the styles, and counts three problems', () => {
    let bad = editPart(
      good,
      (f) => sheetPartName(f, 'Tiltak drift'),
      (x) => x.replace('<sheetData>', '<sheetData><foo/>'),
    );
    bad = editPart(
      bad,
      (f) => sheetPartName(f, 'Innstillinger'),
      (x) => x.replace('<sheetData>', '<sheetData><bar/>'),
    );
    bad = editPart(bad, 'xl/styles.xml', (x) => x.replace('<fonts', '<baz/><fonts'));
    const out = ooxmlCheck(bad).split('\n');
    const drift = sheetPartName(unzipSync(bad), 'Tiltak drift');
    expect(out.pop()).toBe('ooxml: 3 problems in 1 files');
    expect(out.find((l) => l.includes(`${drift}: not schema-valid`))).toMatch(/foo/);
    expect(out.filter((l) => l.includes('not schema-valid') && l.includes('bar'))).toHaveLength(1);
    expect(out.find((l) => l.includes('xl/styles.xml: not schema-valid'))).toMatch(/baz/);
  });
});
