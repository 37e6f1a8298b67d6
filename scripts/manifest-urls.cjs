// The URLs of an add-in manifest, and the check `npm run build` makes on dist/manifest.xml: every URL must start
// with the address the add-in is served from (ADDIN_URL), so that no file of a deployed add-in still points at
// a developer's machine or another host. Used by webpack.config.js; tested in test/taskpane/manifest.test.ts.

/** Every URL the manifest gives Office: attribute values (DefaultValue, Value) and AppDomain entries. */
function manifestUrls(xml) {
  const urls = [];
  for (const m of xml.matchAll(/\b(?:DefaultValue|Value)="(https?:[^"]*)"/g)) urls.push(m[1]);
  for (const m of xml.matchAll(/<AppDomain>\s*([^<\s]+)\s*<\/AppDomain>/g)) urls.push(m[1]);
  return urls;
}

/** The URLs of `xml` that do not start with `base`; and a problem with `base` itself (Office needs https). */
function foreignUrls(xml, base) {
  const problems = manifestUrls(xml).filter((u) => !u.startsWith(base));
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(base))
    problems.unshift(`${base} (ADDIN_URL must be an https:// URL ending in /)`);
  return problems;
}

module.exports = { manifestUrls, foreignUrls };
