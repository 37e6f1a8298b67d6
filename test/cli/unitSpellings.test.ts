/**
 * `--unit` of new and import reads a unit as the workbook's Beløpsenhet is read (parseUnit, one function):
 * "1000kr" and "NOK 1000" were refused on the command line, and a refusal named only the three canonical
 * spellings, though more are taken.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { readPlan } from '../../src/domain/read/plan';
import { openXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo } from './testIo';

const LEGACY = path.join(__dirname, '..', 'fixtures', 'legacy-verdal-6-1-6-2.xlsx');

async function unitOf(dir: string, file: string): Promise<string> {
  const snapshot = await (await openXlsxFile(path.join(dir, file))).read();
  return readPlan(snapshot, { defaultStartYear: 2027 }).plan.settings.unit;
}

describe('--unit as users write it', () => {
  it.each([
    ['1000kr', '1000 kr'],
    ['NOK 1000', '1000 kr'],
    ['1 000 kr', '1000 kr'],
    ['tusen kroner', '1000 kr'],
    ['kr', 'kr'],
    ['mill. kr', 'mill kr'],
    ['millioner kroner', 'mill kr'],
    ['millkr', 'mill kr'],
    ['tkr', '1000 kr'],
    ['TNOK', '1000 kr'],
    ['mkr', 'mill kr'],
    ['millionar kr', 'mill kr'],
    ['million kr', 'mill kr'],
    ['(1000 kr)', '1000 kr'],
  ])('new --unit %p: a plan in %s', async (text, unit) => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--unit', text, '--start', '2027'], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(await unitOf(io.cwd, 'plan.xlsx')).toBe(unit);
  });

  it.each([
    ['1000kr', '1000 kr'],
    ['NOK 1000', '1000 kr'],
    ['mill.kr', 'mill kr'],
  ])('import --unit %p: a plan in %s', async (text, unit) => {
    const io = testIo();
    copyFileSync(LEGACY, path.join(io.cwd, 'gammel.xlsx'));
    expect(await main(['import', 'gammel.xlsx', '--out', 'plan.xlsx', '--unit', text], io)).toBe(0);
    expect(await unitOf(io.cwd, 'plan.xlsx')).toBe(unit);
  });

  it.each([
    ['nb', '1000'],
    ['nb', 'euro'],
    ['nn', 'tusenlapp'],
    ['en', 'EUR 1000'],
  ])('a refused unit (--lang %s, %p) names the spellings that are taken (exit 2)', async (lang, text) => {
    for (const command of [
      ['new', 'plan.xlsx'],
      ['import', 'gammel.xlsx', '--out', 'plan.xlsx'],
    ]) {
      const io = testIo();
      copyFileSync(LEGACY, path.join(io.cwd, 'gammel.xlsx'));
      expect(await main([...command, '--unit', text, '--lang', lang], io)).toBe(2);
      const q = lang === 'en' ? ['"', '"'] : ['«', '»'];
      expect(io.err()).toContain(`${q[0]}${text}${q[1]} for --unit`);
      // nynorsk names its own word for millions ("millionar kr"), bokmål and English the bokmål one.
      const millions = lang === 'nn' ? 'millionar kr' : 'millioner kr';
      for (const spelling of ['kr', '1000 kr', 'mill kr', 'NOK', 'tusen kr', 'NOK 1000', 'tkr', 'mill. kr', 'mkr'])
        expect(io.err()).toContain(`${q[0]}${spelling}${q[1]}`);
      expect(io.err()).toContain(`${q[0]}${millions}${q[1]}`);
      // The singular parseUnit reads too («1 million kroner»), in every language.
      expect(io.err()).toContain(`${q[0]}million kr${q[1]}`);
      if (lang === 'nn') expect(io.err()).not.toContain('millioner');
      expect(io.files()).toEqual(['gammel.xlsx']);
    }
  });
});
