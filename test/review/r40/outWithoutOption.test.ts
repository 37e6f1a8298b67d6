/**
 * Review r40 — severity low (`tiltaksplan roll plan.xlsx neste.xlsx`, the way a copy command is typed, or `import
 * gammel.xlsx ny.xlsx`: today «For mange filer: plan.xlsx, neste.xlsx. Oppgi én fil.», which reads as if a second file
 * were not allowed at all). By hand: exit 2, nothing written, and the line shows the command as it should be typed,
 * «tiltaksplan roll plan.xlsx --out neste.xlsx»; nb, nn and en. With --out given too, three files are still too many.
 */
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

async function plan(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  return io.cwd;
}

describe.each(['nb', 'nn', 'en'] as const)('%s', (lang) => {
  test.each(['roll', 'import'])('%s plan.xlsx neste.xlsx: the --out meant is shown', async (command) => {
    const cwd = await plan();
    const io = testIo({ cwd });
    expect(await main([command, 'plan.xlsx', 'neste.xlsx', '--lang', lang], io)).toBe(2);
    expect(io.files()).toEqual(['plan.xlsx']);
    expect(io.err()).toContain(`tiltaksplan ${command} plan.xlsx --out neste.xlsx`);
  });
});

test('roll with --out and a second file: too many files, as before', async () => {
  const cwd = await plan();
  const io = testIo({ cwd });
  expect(await main(['roll', 'plan.xlsx', 'b.xlsx', '--out', 'neste.xlsx'], io)).toBe(2);
  expect(io.err()).toBe('For mange filer: plan.xlsx, b.xlsx. Oppgi én fil.\n');
});

test('names with spaces are shown in quotes, as they are typed', async () => {
  const cwd = await plan();
  const io = testIo({ cwd });
  expect(await main(['roll', 'plan.xlsx', 'neste år.xlsx', '--lang', 'en'], io)).toBe(2);
  expect(io.err()).toBe('The new file goes after --out: tiltaksplan roll plan.xlsx --out "neste år.xlsx"\n');
});
