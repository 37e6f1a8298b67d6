/**
 * The package carries its licence: README and package.json say MIT, so the text must be in the repository and
 * in what `npm pack` puts in the tarball (a user installing the command gets the terms with it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');

describe('the licence', () => {
  it('is the MIT licence of package.json, for the Tiltaksplan contributors, 2026', () => {
    const file = path.join(ROOT, 'LICENSE');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^MIT License/);
    expect(text).toContain('Copyright (c) 2026 Tiltaksplan contributors');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { license: string };
    expect(pkg.license).toBe('MIT');
  });

  it('is in the packed tarball', () => {
    // --ignore-scripts: the file list only, without prepack's build.
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [pack] = JSON.parse(out) as { files: { path: string }[] }[];
    expect(pack?.files.map((f) => f.path)).toContain('LICENSE');
  }, 60_000);
});
