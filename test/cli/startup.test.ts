/**
 * `--version` and `--help` must start without the commands, and with them the domain and the xlsx packages
 * (cli.startup_ratio in `npm run bench` measures the time): here loading the commands fails loudly.
 */
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

jest.mock('../../src/cli/commands', () => {
  throw new Error('the commands were loaded');
});

describe('startup', () => {
  it.each([[['--version']], [['--help']], [['-h']], [[]], [['frobnicate']]])(
    '%j answers without loading the commands',
    async (argv) => {
      const io = testIo();
      await main(argv, io);
      expect(io.err()).not.toContain('the commands were loaded');
      expect(io.out() + io.err()).not.toBe('');
    },
  );

  it('a command loads them (so the mock above is the one main uses)', async () => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('the commands were loaded');
    expect(io.files()).toEqual([]);
  });
});
