/**
 * `new ØP.xlsx --economy-plan --example` writes the example plan's economy plan lines (not an empty table), but
 * neither its help nor its message said so: the help's --economy-plan line had no --example, and the message was
 * the one of an empty economy plan. Both say it now, with the command that reconciles the example against it.
 */
import path from 'node:path';
import { main } from '../../src/cli/main';
import { readPlan } from '../../src/domain/read/plan';
import { openXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo } from './testIo';

async function linesOf(dir: string, file: string) {
  const snapshot = await (await openXlsxFile(path.join(dir, file))).read();
  return readPlan(snapshot, { defaultStartYear: 2027 }).plan.economyPlan;
}

describe('new --economy-plan --example', () => {
  it('writes the example plan economy plan lines and says so (nb)', async () => {
    const io = testIo();
    expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
    expect(io.out()).toBe(
      'Skrev op.xlsx: økonomiplanen til eksempelplanen for 2027–2030 i 1000 kr, med arkene «Innstillinger» og ' +
        '«Økonomiplan». Avstem en plan laget med «tiltaksplan new PLAN.xlsx --example --start 2027» mot den: ' +
        '«tiltaksplan check PLAN.xlsx --economy-plan op.xlsx».\n',
    );
    const lines = await linesOf(io.cwd, 'op.xlsx');
    // The example's miljøteam D-001: 600, 1 200, 1 800 and 2 400 thousand kroner.
    const d001 = lines.find((l) => l.ref === 'D-001');
    expect(d001?.years).toEqual([600_000, 1_200_000, 1_800_000, 2_400_000]);
    expect(lines.some((l) => l.ref === 'P-4101')).toBe(true);
  });

  it.each([
    ['nn', 'Skreiv op.xlsx: økonomiplanen til eksempelplanen for 2027–2030 i 1000 kr'],
    ['en', "Wrote op.xlsx: the example plan's economy plan for 2027–2030 in 1000 kr"],
  ])('--lang %s', async (lang, start) => {
    const io = testIo();
    expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027', '--lang', lang], io)).toBe(
      0,
    );
    expect(io.out().startsWith(start)).toBe(true);
    expect(io.out()).toContain('--economy-plan op.xlsx');
  });

  it('without --example the table is empty and the message is the one of an empty economy plan', async () => {
    const io = testIo();
    expect(await main(['new', 'op.xlsx', '--economy-plan', '--start', '2027'], io)).toBe(0);
    expect(io.out()).toContain('Skrev op.xlsx: en økonomiplan for 2027–2030 i 1000 kr');
    expect(await linesOf(io.cwd, 'op.xlsx')).toEqual([]);
  });

  it('the example reconciled against it finds the line of the example that no measure claims', async () => {
    const io = testIo();
    expect(
      await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], testIo({ cwd: io.cwd })),
    ).toBe(0);
    expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
    expect(await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--format', 'json'], io)).toBe(1);
    const { consolidation } = JSON.parse(io.out()) as { consolidation: { items: { code: string; ref?: string }[] } };
    expect(consolidation.items.find((i) => i.ref === 'ØP23-117')?.code).toBe('economy-plan-line-unmatched');
  });

  it.each(['nb', 'nn', 'en'])('--help --lang %s: the --economy-plan usage lines name --example', async (lang) => {
    for (const argv of [['--help'], ['new', '--help']]) {
      const io = testIo();
      expect(await main([...argv, '--lang', lang], io)).toBe(0);
      const line = io
        .out()
        .split('\n')
        .find((l) => l.includes('new') && l.includes('--economy-plan'));
      expect(line).toContain('[--example]');
    }
  });
});

// Review (r8): the message's «tiltaksplan new PLAN.xlsx --example» left out --start. An economy plan made with
// `--start 2029` covers 2029–2032; the plan that command made started next year (io.currentYear 2026 + 1 = 2027),
// so the reconciliation the message then gave her reported period-mismatch (§15: plans must share the period)
// instead of the example's differences. Worked by hand: following the message, the plan starts in 2029, and the
// check it gives finds the one line of the example no measure claims (ØP23-117), not a period-mismatch. Failed
// before the fix (the plan started in 2027).
it('with --start 2029, the plan the message tells her to make covers 2029–2032 as the economy plan', async () => {
  const io = testIo();
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2029'], io)).toBe(0);
  const commands = [...io.out().matchAll(/«tiltaksplan ([^»]+)»/g)].map((m) => (m[1] ?? '').split(' '));
  const make = commands.find((c) => c[0] === 'new');
  const check = commands.find((c) => c[0] === 'check');
  expect(make).toEqual(['new', 'PLAN.xlsx', '--example', '--start', '2029']);
  expect(await main(make ?? [], testIo({ cwd: io.cwd }))).toBe(0);
  const snapshot = await (await openXlsxFile(path.join(io.cwd, 'PLAN.xlsx'))).read();
  expect(readPlan(snapshot, { defaultStartYear: 2027 }).plan.settings.startYear).toBe(2029);
  const checked = testIo({ cwd: io.cwd });
  expect(await main([...(check ?? []), '--format', 'json'], checked)).toBe(1);
  const { consolidation } = JSON.parse(checked.out()) as { consolidation: { items: { code: string; ref?: string }[] } };
  expect(consolidation.items.filter((i) => !i.code.startsWith('frame-'))).toEqual([
    expect.objectContaining({ code: 'economy-plan-line-unmatched', ref: 'ØP23-117' }),
  ]);
});

it.each([
  ['nn', '«tiltaksplan new PLAN.xlsx --example --start 2029»'],
  ['en', '"tiltaksplan new PLAN.xlsx --example --start 2029"'],
])('--lang %s: the command for the plan carries --start too', async (lang, command) => {
  const io = testIo();
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2029', '--lang', lang], io)).toBe(0);
  expect(io.out()).toContain(command);
});
