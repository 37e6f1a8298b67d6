/**
 * The expectation that a workbook a test wrote passes ooxml-check.py, checked once per test file: each workbook
 * is saved as it is expected, and after the file's tests one run of the checker takes them all (one python, one
 * xmllint per schema). One run per workbook cost 0.6 s of CPU each, some hundred of them in `npm test`; together
 * they cost a fraction. A workbook with problems fails the test file, naming the test that wrote it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canCheckOoxml, runOoxmlCheck } from './compare';

const saved: { file: string; test: string }[] = [];
let dir: string | null = null;

/** Expects `bytes` to pass ooxml-check.py (when python3 and xmllint are there); `name` gives the kind (.xlsm). */
export function expectValidOoxml(bytes: Uint8Array, name = 'arbeidsbok.xlsx'): void {
  if (!canCheckOoxml) return;
  dir ??= mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-ooxml-'));
  const file = path.join(dir, `${saved.length + 1}-${name}`);
  writeFileSync(file, bytes);
  saved.push({ file, test: expect.getState().currentTestName ?? '(no test)' });
}

afterAll(() => {
  if (saved.length === 0 || dir === null) return;
  try {
    const out = runOoxmlCheck(saved.map((s) => s.file)).split('\n');
    const last = out.pop();
    const problems = out.map((line) => {
      const file = saved.find((s) => line.startsWith(`${path.basename(s.file)}: `));
      return file ? `${file.test}: ${line}` : line;
    });
    expect(problems).toEqual([]);
    expect(last).toBe(`ooxml: 0 problems in ${saved.length} files`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    saved.length = 0;
    dir = null;
  }
});
