// Lint rules, with the architecture's import boundaries: the domain is pure, the shells do not know each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const outside = (...groups) => ({
  patterns: groups
    .filter((group) => group.length > 0)
    .map((group) => ({ group, message: 'Import boundary (see docs/architecture.md).' })),
});

/**
 * The domain's folders, grouped by stage, and which other folders each may import (model is open to all).
 * Files at the domain's root (index.ts, check.ts) may import any folder; no folder imports them. Together with
 * test/architecture.test.ts (no import circles) this keeps the data flowing one way.
 */
const DOMAIN_ZONES = {
  model: [],
  read: [],
  measures: ['read'],
  validate: ['read', 'measures'],
  totals: ['read', 'measures'],
  reconcile: ['read', 'measures', 'totals'],
  sheets: ['read', 'measures', 'totals'],
  repair: ['read', 'sheets'],
  measureEdits: ['read', 'sheets'],
  legacyImport: ['read', 'measures', 'sheets'],
  rollover: ['read', 'measures', 'sheets'],
  compare: ['read', 'measures', 'totals'],
  consolidate: ['read', 'measures', 'totals', 'reconcile'],
  example: ['sheets'],
};
const FOREIGN = [
  'exceljs',
  'fflate',
  'saxes',
  '@xmldom/*',
  'jszip',
  'react',
  'react-dom',
  '@fluentui/*',
  '@microsoft/office-js',
  'fs',
  'path',
  'node:*',
];
const SHELLS = ['**/workbook/**', '**/taskpane/**', '**/cli/**', '**/i18n/**', '**/report/**'];
const ROOT = {
  regex: '^\\.\\.(/index|/check)?$',
  message: 'A folder of the domain never imports its root (index.ts, check.ts).',
};
const domainRules = (banned, root = false) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [...outside(FOREIGN, SHELLS, banned).patterns, ...(root ? [ROOT] : [])] },
  ],
  'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'console', 'Date'],
});
/** The shells: each may use the domain only through its door (a deep import is a boundary error), and what else. */
const DOOR = '**/domain/*/**';
const WORKBOOK = ['**/taskpane/**', '**/cli/**', 'react', '@fluentui/*'];
/** The other adapter's folder, however a file of one adapter spells the way there. */
const adapter = (name) => ['**/workbook/', '../', '../../'].flatMap((up) => [`${up}${name}`, `${up}${name}/**`]);
const SHELL_ZONES = {
  'src/i18n/**/*.{ts,tsx}': ['**/workbook/**', '**/taskpane/**', '**/cli/**', '**/report/**', 'exceljs', 'react'],
  // The report formatter is shared by the CLI (Node) and the task pane (browser): domain and i18n only.
  'src/report/**/*.{ts,tsx}': ['**/workbook/**', '**/taskpane/**', '**/cli/**', ...FOREIGN],
  'src/taskpane/**/*.{ts,tsx}': ['**/cli/**'],
  'src/cli/**/*.{ts,tsx}': ['**/taskpane/**', '**/workbook/excel/**', 'react', '@fluentui/*'],
  'src/workbook/**/*.{ts,tsx}': WORKBOOK,
  // One adapter per source: what both need lives at src/workbook/'s root (serialDate.ts, thisRow.ts, lockedCells.ts
  // …), so neither adapter imports the other (a later entry replaces the one above for its files: WORKBOOK again).
  'src/workbook/excel/**/*.{ts,tsx}': [...WORKBOOK, ...adapter('xlsx')],
  'src/workbook/xlsx/**/*.{ts,tsx}': [...WORKBOOK, ...adapter('excel')],
  '{bench,scripts}/**/*.ts': [],
};
const shellZones = () => [
  ...Object.entries(SHELL_ZONES).map(([files, banned]) => ({
    files: [files],
    rules: { 'no-restricted-imports': ['error', outside([DOOR, '**/domain/check', '**/domain/index'], banned)] },
  })),
  {
    files: ['src/report/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'console', 'process', 'require'],
    },
  },
];

const domainZones = () => [
  { files: ['src/domain/*.ts'], rules: domainRules([]) },
  ...Object.entries(DOMAIN_ZONES).map(([zone, allowed]) => {
    const others = Object.keys(DOMAIN_ZONES).filter((z) => z !== zone && z !== 'model' && !allowed.includes(z));
    return {
      files: [`src/domain/${zone}/**/*.ts`],
      rules: domainRules(
        others.map((z) => `../${z}/*`),
        true,
      ),
    };
  }),
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'coverage/', 'examples/', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...domainZones(),
  ...shellZones(),
);
