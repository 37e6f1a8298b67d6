/**
 * Review r40 — severity medium (a budget officer asked for the report «as a PDF» for the case papers types
 * `check plan.xlsx --out rapport.pdf`, or `--out rapport.docx` to edit it in Word: the command says «Rapporten er
 * lagret i rapport.pdf», exit 1, and the file is plain text under a PDF's name, which the PDF reader (or Word) refuses
 * as damaged, when she opens it in the meeting).
 *
 * By hand: exit 2 and no file, one line in her language naming rapport.pdf, saying the report cannot be saved in that
 * format, and what to do: a name ending .txt, .json or .html, and for a PDF the HTML report printed to PDF from the
 * browser. The same for compare. A name of no document format (rapport, rapport.txt, rapport.csv) is saved as before.
 */
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

async function plan(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  return io.cwd;
}

const html = { nb: '.html', nn: '.html', en: '.html' } as const;

describe.each(['nb', 'nn', 'en'] as const)('%s', (lang) => {
  test.each(['rapport.pdf', 'rapport.docx', 'Rapport.DOC', 'rapport.odt', 'rapport.rtf'])(
    'check --out %s: exit 2, nothing written, the name and the way to a PDF said',
    async (out) => {
      const cwd = await plan();
      const io = testIo({ cwd });
      expect(await main(['check', 'plan.xlsx', '--out', out, '--lang', lang], io)).toBe(2);
      expect(io.files()).toEqual(['plan.xlsx']);
      expect(io.out()).toBe('');
      const lines = io.err().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^${out.replace('.', '\\.')}: `));
      expect(lines[0]).toContain(html[lang]);
      expect(lines[0]).toContain('PDF');
    },
  );

  test('compare --out rapport.pdf: the same', async () => {
    const cwd = await plan();
    const io = testIo({ cwd });
    expect(await main(['new', 'ny.xlsx', '--example', '--start', '2028'], io)).toBe(0);
    const run = testIo({ cwd });
    expect(await main(['compare', 'plan.xlsx', 'ny.xlsx', '--out', 'endringer.pdf', '--lang', lang], run)).toBe(2);
    expect(run.files()).toEqual(['ny.xlsx', 'plan.xlsx']);
    expect(run.err()).toMatch(/^endringer\.pdf: /);
  });
});

test.each(['rapport', 'rapport.txt', 'rapport.csv'])('check --out %s is saved as before', async (out) => {
  const cwd = await plan();
  const io = testIo({ cwd });
  expect(await main(['check', 'plan.xlsx', '--out', out], io)).toBe(1);
  expect(io.files()).toEqual(['plan.xlsx', out].sort());
});
