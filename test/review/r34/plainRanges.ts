/**
 * Review r34: the example plan as it comes back from a program that keeps the cells of a table but not the table
 * (Google Sheets' «Last ned → Microsoft Excel», or LibreOffice after a sheet was deleted — see
 * test/fixtures/libreoffice/NOTE.md): the table parts named are gone, their cells stay where they were.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo, type TestIo } from '../../cli/testIo';

/** Drops the table parts named `tables` from `pkg`: part, relationship, `<tablePart>` and content type. */
export function dropTables(pkg: FixturePkg, tables: readonly string[]): void {
  for (const part of Object.keys(pkg.files).filter((n) => n.startsWith('xl/tables/'))) {
    const name = /<table [^>]*\bname="([^"]+)"/.exec(pkg.text(part))?.[1] ?? '';
    if (!tables.includes(name)) continue;
    const file = part.slice(part.lastIndexOf('/') + 1);
    for (const rels of Object.keys(pkg.files).filter((n) => n.startsWith('xl/worksheets/_rels/'))) {
      const rel = new RegExp(`<Relationship [^>]*Target="\\.\\./tables/${file}"[^>]*/>`).exec(pkg.text(rels))?.[0];
      if (!rel) continue;
      const id = /Id="([^"]+)"/.exec(rel)?.[1] ?? '';
      pkg.edit(rels, (x) => x.replace(rel, ''));
      const sheet = `xl/worksheets/${rels.slice(rels.lastIndexOf('/') + 1, -'.rels'.length)}`;
      pkg.edit(sheet, (x) => {
        const kept = x.replace(`<tablePart r:id="${id}"/>`, '');
        const count = (kept.match(/<tablePart /g) ?? []).length;
        return count === 0
          ? kept.replace(/<tableParts count="\d+"><\/tableParts>/, '')
          : kept.replace(/<tableParts count="\d+">/, `<tableParts count="${count}">`);
      });
    }
    pkg.edit('[Content_Types].xml', (x) => x.replace(new RegExp(`<Override PartName="/${part}"[^>]*/>`), ''));
    delete pkg.files[part];
  }
}

/** `new plan.xlsx --example --start 2027` (1000 kr) with `tables` dropped; the io of its folder. */
export async function exampleWithout(tables: readonly string[]): Promise<TestIo> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  dropTables(pkg, tables);
  for (const t of tables)
    expect(Object.values(pkg.files).some((b) => Buffer.from(b).includes(`name="${t}"`))).toBe(false);
  writeFileSync(file, pkg.bytes());
  return io;
}

/** The plan period `check --format json` reads from a file of the folder. */
export async function periodOf(io: TestIo, file: string): Promise<number[]> {
  const run = testIo({ cwd: io.cwd });
  await main(['check', file, '--format', 'json'], run);
  return (JSON.parse(run.out()) as { plan: { years: number[] } }).plan.years;
}
