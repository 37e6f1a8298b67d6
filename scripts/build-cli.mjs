// `npm run build:cli` (and `prepack`): compiles the command line to plain JavaScript for Node, so the installed
// `tiltaksplan` needs neither tsx nor TypeScript nor any package at run time:
//   build/cli/tiltaksplan.js  the entry (package.json "bin"): arguments, --help, --version (embedded from
//                             package.json at build time), the CLI's own strings. Small, so it starts fast.
//   build/cli/commands.js     src/cli/commands/index.ts with the domain and every package it uses bundled in;
//                             the entry requires it only when a command runs.
//   build/cli/THIRD-PARTY-LICENSES.txt  the licences of the bundled packages.
// Everything is bundled (not required from node_modules) so that `npm install -g tiltaksplan-*.tgz` needs no
// registry, and the package's dependencies cannot drift from what the code imports.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'build', 'cli');
const COMMANDS_SOURCE = path.join(ROOT, 'src', 'cli', 'commands', 'index.ts');

/** In the entry's build, main.ts's `import('./commands')` stays a require of the separately built commands.js. */
const commandsApart = {
  name: 'commands-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands$/ }, (args) =>
      path.join(args.resolveDir, 'commands', 'index.ts') === COMMANDS_SOURCE
        ? { path: './commands.js', external: true }
        : undefined,
    );
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  metafile: true,
};

/** Licence texts of the packages bundled into commands.js, found from the build's inputs. */
function thirdPartyLicenses(metafile) {
  const roots = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) roots.add(m[1]);
  }
  return [...roots]
    .sort()
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8'));
      const names = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'license', 'License.md'];
      const file = names.map((n) => path.join(ROOT, dir, n)).find((f) => existsSync(f));
      const text = file ? readFileSync(file, 'utf8').trim() : `(no licence file; package.json says ${pkg.license})`;
      return `${pkg.name} ${pkg.version} (${pkg.license ?? 'licence: see the text'})\n\n${text}\n`;
    })
    .join(`\n${'-'.repeat(78)}\n\n`);
}

rmSync(OUT, { recursive: true, force: true });
await esbuild.build({
  ...common,
  entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')],
  outfile: path.join(OUT, 'tiltaksplan.js'),
  banner: { js: '#!/usr/bin/env node' },
  plugins: [commandsApart],
});
const commands = await esbuild.build({
  ...common,
  entryPoints: [COMMANDS_SOURCE],
  outfile: path.join(OUT, 'commands.js'),
});
writeFileSync(path.join(OUT, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicenses(commands.metafile));
