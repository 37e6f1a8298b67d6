import * as i18n from '../../src/i18n';

describe('i18n index', () => {
  it.each([
    'renderFinding',
    'explainReconciliation',
    'reconciliationClassLabel',
    'reconciliationCodeLabel',
    'severityLabel',
    'detectLang',
    't',
    'makeTranslator',
  ])('exports %s', (name) => {
    expect(typeof (i18n as Record<string, unknown>)[name]).toBe('function');
  });
});
