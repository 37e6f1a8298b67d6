/**
 * Review r39 — severity: high (invented changes in the change log of a political case). SPEC §14: compare lists the
 * measures «added, removed», and its totals per year old, new and Δ. SPEC §2 finds a table by name, then by its
 * sheet; a table found by neither is `sheet-missing`, an error of check (§8), and roll and Lagre versjon refuse such
 * a plan (docs/spec.md §11, §14).
 *
 * What she did: the example plan (`new plan.xlsx --example --start 2027`, 1000 kr) adopted in June. In the autumn a
 * colleague renamed the sheet «Tiltak investering» to «Investeringer» and its table tblTiltakInvestering to
 * «Investeringer» (nothing else: every cell as it was). `compare plan.xlsx host.xlsx`.
 *
 * Seen: exit 0, no word of the table not found, «Tiltak: 0 nye, 5 fjernet», I-001 … I-005 listed as removed and the
 * investment totals 6 500 → 0, 20 000 → 0, 21 000 → 0, 1 000 → 0: a cut of 48 500 (1000 kr) that nobody made.
 *
 * By hand: no investment was removed; the newer version's investment table was not read. As for a plan whose
 * settings are not read (docs/spec.md §14, «unreadable input here too»), the comparison is not made: exit 2, nothing
 * on stdout, the finding named (the table expected and where). The same when the older version is the one without it
 * (then five investments would read as added).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

jest.setTimeout(30_000);

/** `from` with sheet «Tiltak investering» and its table renamed «Investeringer», as Excel renames them. */
function renamedInvestment(cwd: string, from: string, to: string): void {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(cwd, from))));
  for (const name of Object.keys(pkg.files).filter(
    (n) => n.startsWith('xl/') && n.endsWith('.xml') && n !== 'xl/sharedStrings.xml',
  ))
    pkg.edit(name, (x) =>
      x
        .replaceAll('"Tiltak investering"', '"Investeringer"')
        .replaceAll("'Tiltak investering'!", 'Investeringer!')
        .replaceAll('tblTiltakInvestering', 'Investeringer'),
    );
  writeFileSync(path.join(cwd, to), pkg.bytes());
}

describe('compare when one version has a measure table the other does not (not found)', () => {
  it.each([
    ['the newer', ['plan.xlsx', 'host.xlsx']],
    ['the older', ['host.xlsx', 'plan.xlsx']],
  ])(
    '%s without its investment table: not compared (exit 2), no investment listed as removed or added',
    async (_, files) => {
      const io = testIo();
      expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
      renamedInvestment(io.cwd, 'plan.xlsx', 'host.xlsx');
      const check = testIo({ cwd: io.cwd });
      expect(await main(['check', 'host.xlsx', '--format', 'json'], check)).toBe(1);
      expect((JSON.parse(check.out()) as { issues: { code: string }[] }).issues.map((i) => i.code)).toContain(
        'sheet-missing',
      );

      const t = testIo({ cwd: io.cwd });
      const code = await main(['compare', ...files], t);
      // Seen: 0, with «0 nye, 5 fjernet» and investment 6 500 → 0 … on stdout.
      expect(t.out()).toBe('');
      expect(code).toBe(2);
      expect(t.err()).toContain('host.xlsx');
      expect(t.err()).toContain('Tiltak investering');
    },
  );

  it('both versions without the table: compared as usual (nothing is invented when neither holds it)', async () => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
    renamedInvestment(io.cwd, 'plan.xlsx', 'host.xlsx');
    const t = testIo({ cwd: io.cwd });
    expect(await main(['compare', 'host.xlsx', 'host.xlsx', '--format', 'json'], t)).toBe(0);
    const doc = JSON.parse(t.out()) as { measures: { added: unknown[]; removed: unknown[]; changed: unknown[] } };
    expect([doc.measures.added, doc.measures.removed, doc.measures.changed]).toEqual([[], [], []]);
  });
});
