/**
 * The task pane's main bundle, gzipped: read from dist/bundle-size.json, which the production webpack build
 * writes. The build runs first when that file is missing or older than the sources that go into the bundle.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BundleSize {
  readonly gzipKb: number;
  readonly files: readonly string[];
  /** Whether this run built it (dist was missing or stale). */
  readonly built: boolean;
}

/** Inputs of the bundle: a newer one than dist/bundle-size.json makes that file stale. */
const INPUTS = ['src', 'package-lock.json', 'webpack.config.js', 'tsconfig.json', 'manifest.xml'];

function newestMtime(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce((t, name) => Math.max(t, newestMtime(path.join(file, name))), stat.mtimeMs);
}

function isStale(root: string, report: string): boolean {
  if (!existsSync(report)) return true;
  const built = statSync(report).mtimeMs;
  return INPUTS.some((input) => newestMtime(path.join(root, input)) > built);
}

/** The main bundle's gzipped size, building the production bundle first when needed. */
export function measureBundle(root: string, log: (line: string) => void): BundleSize {
  const report = path.join(root, 'dist', 'bundle-size.json');
  const stale = isStale(root, report);
  if (stale) {
    log('dist/bundle-size.json is missing or older than the sources: running the production build …');
    const build = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: root, stdio: ['ignore', 2, 2] });
    if (build.status !== 0) throw new Error(`the production build failed (exit ${build.status})`);
  }
  const data = JSON.parse(readFileSync(report, 'utf8')) as { gzipKB: number; files: string[] };
  return { gzipKb: data.gzipKB, files: data.files, built: stale };
}
