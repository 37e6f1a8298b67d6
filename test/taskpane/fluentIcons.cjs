/**
 * `@fluentui/react-icons` for the component tests (jest.config.js, moduleNameMapper): the same icons, loaded one
 * family at a time. The package's CommonJS entry loads every icon it has, 17.7 MB of code, and jest compiles it
 * again for each component test file: 28 files, about a third of `npm test`'s CPU time (measured 2026-12-06).
 * Here the package's own helpers are exported as its entry exports them, and an icon is taken from its family's
 * file (`DismissRegular`, `Dismiss16Filled` → svg/dismiss) when a component first asks for it. A name whose file
 * cannot be found falls back to the whole package, so a test is never short of an icon, only slower.
 */
const path = require('node:path');

const ROOT = path.join(path.dirname(require.resolve('@fluentui/react-icons/package.json')), 'lib-cjs');
const part = (file) => require(path.join(ROOT, file));

const helpers = {
  ...part('utils/constants.cjs'),
  ...part('utils/useIconState.cjs'),
  wrapIcon: part('utils/wrapIcon.cjs').wrapIcon,
  bundleIcon: part('utils/bundleIcon.cjs').bundleIcon,
  createFluentIcon: part('utils/createFluentIcon.cjs').createFluentIcon,
  IconDirectionContextProvider: part('contexts/index.cjs').IconDirectionContextProvider,
  useIconContext: part('contexts/index.cjs').useIconContext,
};
delete helpers.__esModule;

/** "ErrorCircle12Filled" → "error-circle", "Calendar3DayRegular" → "calendar-3-day". */
const family = (name) =>
  name
    .replace(/\d*(Regular|Filled|Light|Color)$/, '')
    .replace(/([a-z](?=[A-Z0-9])|[0-9](?=[A-Za-z]))/g, '$1-')
    .toLowerCase();

function icon(name) {
  try {
    const found = part(`atoms/svg/${family(name)}.cjs`)[name];
    if (found) return found;
  } catch {
    // no such family file: the whole package below
  }
  return part('index.cjs')[name];
}

const icons = new Map();
module.exports = new Proxy(
  { __esModule: true, ...helpers },
  {
    get(target, name) {
      if (typeof name !== 'string' || name in target || !/^[A-Z]/.test(name)) return target[name];
      if (!icons.has(name)) icons.set(name, icon(name));
      return icons.get(name);
    },
  },
);
