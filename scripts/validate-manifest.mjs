// `npm run validate`: manifest.xml against Microsoft's Office manifest schemas, offline, with xmllint.
// The schemas come from ../shared/schemas/office-manifest (the workplace copy) when it is there, else from
// the copy committed in test/manifest-schemas (same files, see SOURCES.txt), so a lone clone validates too.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = 'OfficeAppManifestV1_1.xsd';
const dirs = [
  path.join(root, '..', 'shared', 'schemas', 'office-manifest'),
  path.join(root, 'test', 'manifest-schemas'),
];
const dir = dirs.find((d) => existsSync(path.join(d, main)));
if (!dir) {
  console.error(`validate: ${main} not found in ${dirs.join(' or ')}`);
  process.exit(2);
}
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['manifest.xml'];
const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(dir, main), ...files], {
  cwd: root,
  stdio: 'inherit',
});
if (run.error) {
  console.error(`validate: xmllint could not run (${run.error.message}); apt-get install libxml2-utils`);
  process.exit(2);
}
process.exit(run.status ?? 2);
