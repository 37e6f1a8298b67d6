/**
 * `@fluentui/react-components` for the component tests (jest.config.js, moduleNameMapper): the same components,
 * each from the package the real entry takes it from, loaded when a test first asks for it. The real entry loads
 * all of its sixty packages (6 300 modules) for each component test file, where the pane uses seventeen; see
 * fluentIcons.cjs for the other half of the cost. The map is read from the entry's own code
 * (`get Button () { return _reactbutton.Button; }` and `const _reactbutton = require("@fluentui/react-button")`),
 * so it follows the installed version; should that code change shape, this file says so instead of guessing.
 */
const { readFileSync } = require('node:fs');
const path = require('node:path');

const ENTRY = path.join(
  path.dirname(require.resolve('@fluentui/react-components/package.json')),
  'lib-commonjs',
  'index.cjs',
);
const code = readFileSync(ENTRY, 'utf8');
const packages = new Map([...code.matchAll(/const (_\w+) = require\("([^"]+)"\);/g)].map((m) => [m[1], m[2]]));
const from = new Map(
  [...code.matchAll(/get (\w+) \(\) \{\s*return (_\w+)\.(\w+);/g)].map((m) => [m[1], [packages.get(m[2]), m[3]]]),
);
if (from.size < 500 || [...from.values()].some(([pkg]) => !pkg))
  throw new Error(`test/taskpane/fluentComponents.cjs cannot read ${ENTRY}: see its comment`);

function exported(name) {
  const [pkg, inner] = from.get(name);
  return require(pkg)[inner];
}

const taken = new Map();
module.exports = new Proxy(
  { __esModule: true },
  {
    get(target, name) {
      if (typeof name !== 'string' || name in target || !from.has(name)) return target[name];
      if (!taken.has(name)) taken.set(name, exported(name));
      return taken.get(name);
    },
    has: (target, name) => name in target || from.has(name),
  },
);
