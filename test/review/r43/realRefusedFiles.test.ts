/**
 * Review r43 — real files from Apache POI's test data (test/fixtures/poi/NOTICE.md) that the product cannot read, each
 * refused with its own reason on every command that reads a workbook: Excel's binary workbook (Simple.xlsb) is named as
 * one with «Lagre som Excel-arbeidsbok (*.xlsx)», and a workbook encrypted with a password (protected_passtika.xlsx)
 * as protected with a password — never «skadet», exit 2, nothing written.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

const POI = path.join(__dirname, '../../fixtures/poi');

test.each([
  ['Simple.xlsb', /^Simple\.xlsb: kan ikke leses: en binær Excel-arbeidsbok \(\.xlsb\).*Excel-arbeidsbok \(\*\.xlsx\)/],
  ['protected_passtika.xlsx', /^protected_passtika\.xlsx: kan ikke leses: arbeidsboken er beskyttet med passord/],
])('%s is refused with its own reason', async (name, said) => {
  const cwd = testIo().cwd;
  copyFileSync(path.join(POI, name), path.join(cwd, name));
  for (const args of [
    ['check', name],
    ['check', name, '--write'],
    ['import', name, '--out', 'ut.xlsx'],
    ['roll', name, '--out', 'neste.xlsx'],
  ]) {
    const io = testIo({ cwd });
    expect(await main(args, io)).toBe(2);
    expect(io.err()).toMatch(said);
    expect(io.err()).not.toMatch(/skadet/);
  }
  expect(testIo({ cwd }).files()).toEqual([name]);
});
