/**
 * Review r31 (a newcomer starts at README.md): its Documentation list is the index of docs/, so every page there is
 * linked from README. docs/deploy.md (hosting the add-in and giving it to a municipality's users) was linked from
 * nowhere until r31 listed it.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');

test('README.md links every page of docs/', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const linked = new Set([...readme.matchAll(/\]\((docs\/[\w.-]+\.md)\)/g)].map((m) => m[1]));
  expect(linked.size).toBeGreaterThan(3);
  const pages = fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));
  expect(pages.map((f) => `docs/${f}`).filter((p) => !linked.has(p))).toEqual([]);
});
