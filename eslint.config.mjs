// Lint rules, with the architecture's import boundaries: the domain is pure, the shells do not know each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const outside = (...groups) => ({ patterns: groups.map((group) => ({ group, message: 'Import boundary (see STYLE.md).' })) });

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'coverage/', 'examples/', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        outside(
          ['exceljs', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js', 'fs', 'path', 'node:*'],
          ['**/workbook/**', '**/taskpane/**', '**/cli/**', '**/i18n/**', '../*'],
        ),
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'console', 'Date'],
    },
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', outside(['**/workbook/**', '**/taskpane/**', '**/cli/**', '**/report/**', 'exceljs', 'react'])] },
  },
  {
    // The report formatter is shared by the CLI (Node) and the task pane (browser): domain and i18n only.
    files: ['src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        outside(
          ['exceljs', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js', 'fs', 'path', 'node:*'],
          ['**/workbook/**', '**/taskpane/**', '**/cli/**'],
        ),
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'console', 'process', 'require'],
    },
  },
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', outside(['**/cli/**'])] },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', outside(['**/taskpane/**', '**/workbook/excel/**', 'react', '@fluentui/*'])] },
  },
  {
    files: ['src/workbook/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', outside(['**/taskpane/**', '**/cli/**', 'react', '@fluentui/*'])] },
  },
);
