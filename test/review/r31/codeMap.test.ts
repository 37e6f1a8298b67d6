/**
 * Review r31 (a newcomer reading the code map): docs/architecture.md is where she looks a file up, so every source
 * file must be named there under its own folder's line, and every path the map writes relative to a folder
 * (`model/writePlan.ts`, `../clearAround.ts`, `i18n/userCells.ts`) must lead to a file. test/architecture.test.ts
 * checks the other way only (a file the map names lies somewhere under that folder): seventeen files had no line
 * (read/settings.ts, repair/settings.ts, xlsx/write/richText.ts …) until r31 named them.
 *
 * The i18n catalogues are named in the map's table of src/i18n/ (`x.ts` (`x.nb.ts`, `.nn.ts`, `.en.ts`)) or in the
 * prose after it (listText.ts, translate.ts …), so for src/i18n/ a file named anywhere in that part counts.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const MAP = fs.readFileSync(path.join(ROOT, 'docs', 'architecture.md'), 'utf8');
const FILE_SPAN = /`([\w./-]+\.(?:tsx?|html|js))`/g;

/** Every file under src/ the map should name (sources, the pane's HTML and static files), relative to the repo. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(tsx?|html|js)$/.test(e.name) ? [path.relative(ROOT, full).split(path.sep).join('/')] : [];
  });
}

/** Per code map line (`- \`src/…/\` — …`), the files it names in that very folder. */
function namedInTheirFolder(markdown: string): Set<string> {
  const named = new Set<string>();
  for (const item of markdown.split(/\n(?=- )|\n\n/)) {
    const folder = /^- `(src\/(?:[\w.-]+\/)+)`/.exec(item)?.[1];
    if (folder === undefined) continue;
    for (const m of item.matchAll(FILE_SPAN)) if (!(m[1] as string).includes('/')) named.add(folder + m[1]);
  }
  return named;
}

/** The i18n part of the map: its table and prose, from its heading to the next. */
function i18nPart(markdown: string): string {
  const start = markdown.indexOf('## The i18n catalogues');
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

/** Whether the i18n part names `file` (src/i18n/x.nn.ts is named by a row that names x.ts or x.nb.ts and `.nn.ts`). */
function i18nNames(part: string, file: string): boolean {
  const name = path.basename(file);
  if (part.includes('`' + name + '`')) return true;
  const m = /^(\w+)\.(nb|nn|en)\.ts$/.exec(name);
  if (!m) return false;
  return part
    .split('\n')
    .some((line) => line.includes('`.' + m[2] + '.ts`') && new RegExp('`' + m[1] + '(\\.nb)?\\.ts`').test(line));
}

describe('docs/architecture.md, the code map', () => {
  const files = sourceFiles(path.join(ROOT, 'src'));

  test('control: it finds the files (src/ holds hundreds, the map names most of them in their folder)', () => {
    expect(files.length).toBeGreaterThan(400);
    expect(namedInTheirFolder(MAP).size).toBeGreaterThan(300);
    expect(i18nNames('| `cli.ts` (`cli.nb.ts`, `.nn.ts`, `.en.ts`) | x |', 'src/i18n/cli.nn.ts')).toBe(true);
    expect(i18nNames('| `cli.ts` (`cli.nb.ts`, `.en.ts`) | x |', 'src/i18n/cli.nn.ts')).toBe(false);
  });

  test('names every source file under its own folder (src/i18n/: in its table or prose)', () => {
    const named = namedInTheirFolder(MAP);
    // A path written out (`src/i18n/listText.ts`) or from a folder (`model/writePlan.ts`) names its file too.
    for (const m of MAP.matchAll(FILE_SPAN)) {
      const span = m[1] as string;
      if (!span.includes('/')) continue;
      const tail = '/' + span.replace(/^(\.\.\/)+/, '');
      for (const f of files) if (f === span || f.endsWith(tail)) named.add(f);
    }
    const part = i18nPart(MAP);
    const unnamed = files.filter((f) =>
      /^src\/i18n\/[^/]+$/.test(f) ? !i18nNames(part, f) && !named.has(f) : !named.has(f),
    );
    expect(unnamed).toEqual([]);
  });

  test('every path it writes relative to a folder (`model/writePlan.ts`, `../port.ts`) leads to a source file', () => {
    const relative = [...MAP.matchAll(FILE_SPAN)]
      .map((m) => m[1] as string)
      .filter((s) => s.includes('/') && !/^(src|test|scripts|bench|docs|examples|build)\//.test(s));
    expect(relative.length).toBeGreaterThan(20);
    const lost = relative.filter((s) => {
      const tail = '/' + s.replace(/^(\.\.\/)+/, '');
      return !files.some((f) => f.endsWith(tail));
    });
    expect(lost).toEqual([]);
  });
});
