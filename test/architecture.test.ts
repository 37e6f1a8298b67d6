/**
 * The shape of the house (docs/architecture.md): no import circles anywhere in src/ (type-only imports count),
 * no source file over 300 lines and no function over 150, every folder of src/ named in the code map (and no folder named that is not
 * there), every file the code map names in its folder, every repository path the docs name existing, each
 * domain folder's "May import" as eslint.config.mjs enforces it, and a README for users that stays short and
 * inside the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..');
const SRC = path.join(ROOT, 'src');

/** Every folder under `dir`, as `src/…/` paths relative to the repository. */
function foldersUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (!e.isDirectory()) return [];
    const full = path.join(dir, e.name);
    return [`${path.relative(ROOT, full).split(path.sep).join('/')}/`, ...foldersUnder(full)];
  });
}

/** The folders of src/ a markdown text names in the code map's form: a code span holding `src/…/`. */
export function namedFolders(markdown: string): string[] {
  return [...markdown.matchAll(/`(src\/(?:[\w.-]+\/)+)`/g)].map((m) => m[1] as string);
}

/** Link targets of a markdown text (inline links and reference definitions). */
export function linkTargets(markdown: string): string[] {
  const inline = [...markdown.matchAll(/\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1] as string);
  const defined = [...markdown.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?\s*$/gm)].map((m) => m[1] as string);
  return [...inline, ...defined];
}

/** Repository paths a markdown text names in code spans (`src/…`, `test/…`, `scripts/…` …), patterns left out. */
export function namedPaths(markdown: string): string[] {
  const spans = [...markdown.matchAll(/`((?:src|test|docs|scripts|bench|examples|assets|bin)\/[^`\s]*)`/g)];
  return spans.map((m) => m[1] as string).filter((p) => !/[<>*{}]/.test(p));
}

/** Per folder of src/domain/, the folders its code map line says it may import (`May import \`read/\`, …`). */
export function documentedZones(markdown: string): Record<string, string[]> {
  const zones: Record<string, string[]> = {};
  for (const item of markdown.split(/\n(?=- )/)) {
    const zone = /^- `src\/domain\/(\w+)\/`/.exec(item)?.[1];
    if (zone === undefined) continue;
    const allowed = /May import ((?:`\w+\/`(?:,|\s|and)*)+)/.exec(item)?.[1] ?? '';
    zones[zone] = [...allowed.matchAll(/`(\w+)\//g)].map((m) => m[1] as string);
  }
  return zones;
}

/** Per code map line (`- \`src/…/\` — …`), the bare file names it gives (`plan.ts`), to be found in that folder. */
export function mapFiles(markdown: string): { folder: string; file: string }[] {
  // An item ends at the next item or at a blank line.
  return markdown.split(/\n(?=- )|\n\n/).flatMap((item) => {
    const folder = /^- `(src\/(?:[\w.-]+\/)+)`/.exec(item)?.[1];
    if (folder === undefined) return [];
    return [...item.matchAll(/`([\w.-]+\.(?:tsx?|html|js))`/g)].map((m) => ({ folder, file: m[1] as string }));
  });
}

/** Whether a file of that name lies in `dir` or a folder under it. */
function holds(dir: string, name: string): boolean {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .some((e) => (e.isDirectory() ? holds(path.join(dir, e.name), name) : e.name === name));
}

/** DOMAIN_ZONES of eslint.config.mjs, read as text (`zone: ['a', 'b'],` per line). */
function lintedZones(config: string): Record<string, string[]> {
  const block = /const DOMAIN_ZONES = \{([^}]*)\}/.exec(config)?.[1] ?? '';
  const lines = [...block.matchAll(/^\s*(\w+): \[([^\]]*)\]/gm)];
  return Object.fromEntries(lines.map((m) => [m[1], [...(m[2] as string).matchAll(/'(\w+)'/g)].map((q) => q[1])]));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** Relative imports and re-exports of a file, resolved to files. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']*|\.{1,2})'/g)].map((m) => m[1] as string);
  return specs.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null);
}

/** Each function of a source text (declarations, expressions, arrows, methods) with its name and its length in lines. */
export function functionLengths(text: string, file = 'x.tsx'): { name: string; lines: number }[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const line = (at: number) => source.getLineAndCharacterOfPosition(at).line;
      const named = (node as { name?: ts.Node }).name ?? (node.parent as { name?: ts.Node }).name;
      found.push({
        name: named?.getText(source) ?? '(anonymous)',
        lines: line(node.getEnd()) - line(node.getStart()) + 1,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every circle found by a depth-first walk, as file lists relative to src/. */
export function findCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const circles: string[][] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') circles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return circles;
}

describe('architecture', () => {
  const files = sourceFiles(SRC);

  it('finds a circle when there is one (the walk itself)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCircles(graph)).toEqual([['a', 'b', 'c']]);
    expect(
      findCircles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('has no import circle in src/', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    const circles = findCircles(graph).map((c) => c.map((f) => path.relative(SRC, f)).join(' → '));
    expect(circles).toEqual([]);
  });

  // docs/style.md: files under ~200 lines; past 300 the "~" has run out and the file must be split.
  it('has no source file over 300 lines', () => {
    const long = files
      .map((f) => ({ file: path.relative(ROOT, f), lines: fs.readFileSync(f, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 300);
    expect(long).toEqual([]);
  });

  // docs/style.md: functions under ~40 lines; past 150 the "~" has run out and the function must be split.
  it('has no function over 150 lines', () => {
    const long = files.flatMap((f) =>
      functionLengths(fs.readFileSync(f, 'utf8'), f)
        .filter((fn) => fn.lines > 150)
        .map((fn) => `${path.relative(ROOT, f)} ${fn.name} (${fn.lines} lines)`),
    );
    expect(long).toEqual([]);
  });

  it('measures a function from its first line to its last (the counter itself)', () => {
    const text = 'function a() {\n  return 1;\n}\nconst b = (x: number) =>\n  x + 1;\nclass C {\n  m() {}\n}\n';
    expect(functionLengths(text)).toEqual([
      { name: 'a', lines: 3 },
      { name: 'b', lines: 2 },
      { name: 'm', lines: 1 },
    ]);
  });

  it('reads a .ts file as TypeScript, not TSX: `<T>(f) =>` is a generic arrow there, not a JSX tag', () => {
    // Read as TSX, snapshotEdits.ts's 24-line toSheet measured 144: the parser took `<T>(` for an element.
    const text = 'function f() {\n  const m = <T>(g: () => T): T =>\n    g();\n  return m(() => 1);\n}\n';
    expect(functionLengths(text, 'x.ts')).toEqual([
      { name: 'f', lines: 5 },
      { name: 'm', lines: 2 },
      { name: '(anonymous)', lines: 1 },
    ]);
  });

  it('names every folder of src/ in docs/architecture.md, and no folder that is not there', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'architecture.md'), 'utf8');
    const named = new Set(namedFolders(doc));
    const folders = ['src/', ...foldersUnder(SRC)];
    expect(folders.filter((f) => f !== 'src/' && !named.has(f))).toEqual([]);
    expect([...named].filter((f) => !folders.includes(f))).toEqual([]);
  });

  const DOCS = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).map((f) => `docs/${f}`)];

  it.each(DOCS)('%s names only paths that exist', (doc) => {
    const text = fs.readFileSync(path.join(ROOT, doc), 'utf8');
    expect(namedPaths(text).filter((p) => !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
  });

  it('finds every file the code map names in the folder it names it under', () => {
    const named = mapFiles(fs.readFileSync(path.join(ROOT, 'docs', 'architecture.md'), 'utf8'));
    expect(named.length).toBeGreaterThan(100);
    expect(named.filter(({ folder, file }) => !holds(path.join(ROOT, folder), file))).toEqual([]);
  });

  it('says for each folder of src/domain/ what it may import, as eslint.config.mjs enforces (DOMAIN_ZONES)', () => {
    const doc = documentedZones(fs.readFileSync(path.join(ROOT, 'docs', 'architecture.md'), 'utf8'));
    const lint = lintedZones(fs.readFileSync(path.join(ROOT, 'eslint.config.mjs'), 'utf8'));
    const existing = Object.fromEntries(
      Object.entries(lint).filter(([zone]) => zone in doc || fs.existsSync(path.join(SRC, 'domain', zone))),
    );
    expect(Object.keys(existing).length).toBeGreaterThan(10);
    expect(doc).toEqual(existing);
  });

  it('finds folder names and links the way the docs write them (the readers themselves)', () => {
    expect(namedFolders('- `src/domain/read/` — reader; `src/domain/read/plan.ts`; src/cli/ bare')).toEqual([
      'src/domain/read/',
    ]);
    expect(linkTargets('see [spec](docs/spec.md) and [x]( ../shared/SPEC.md )\n[ref]: <https://a.b/c>\n')).toEqual([
      'docs/spec.md',
      '../shared/SPEC.md',
      'https://a.b/c',
    ]);
    expect(namedPaths('`src/cli/main.ts`, `test/domain/<file>.test.ts`, `npm test`, `scripts/` and src/x.ts')).toEqual([
      'src/cli/main.ts',
      'scripts/',
    ]);
    expect(mapFiles('- `src/domain/read/` — `plan.ts` `readPlan`, `read/version.ts`\n- `README.md`')).toEqual([
      { folder: 'src/domain/read/', file: 'plan.ts' },
    ]);
    const map =
      '- `src/domain/read/` — reader. Imports `model/` only.\n- `src/domain/repair/` — May import `read/`,\n  `sheets/`.\n';
    expect(documentedZones(map)).toEqual({ read: [], repair: ['read', 'sheets'] });
    expect(lintedZones("const DOMAIN_ZONES = {\n  model: [],\n  repair: ['read', 'sheets'],\n};")).toEqual({
      model: [],
      repair: ['read', 'sheets'],
    });
  });

  it('keeps README.md for users: at most 16 000 bytes, and no link outside the repository', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'));
    expect(readme.length).toBeLessThanOrEqual(16_000);
    const text = readme.toString('utf8');
    expect(text).not.toContain('../shared');
    expect(linkTargets(text).filter((t) => t.startsWith('../') || t.startsWith('/'))).toEqual([]);
  });
});
