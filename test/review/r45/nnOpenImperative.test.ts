/**
 * Review r45, finding 4 (nynorsk). The pane's wrong-order warning tells her what to do: open the other file and choose
 * this one. In nynorsk it said «opna plan.xlsx og vel …»: «opna» is the past participle (har opna), not the
 * imperative; the catalogue's own imperative is «opne» («Opne og lagre fila i Excel»). Bokmål «åpne», English «open».
 */
import { orderWarning } from '../../../src/i18n/compare';

const period = { kind: 'period', old: 2028, new: 2027 } as const;
const date = { kind: 'date', old: '2027-12-15', new: '2027-06-01' } as const;

test.each([period, date])('nn: «opne plan.xlsx og vel test.xlsx» (%j)', (doubt) => {
  const text = orderWarning('nn', 'pane', doubt, 'plan.xlsx', 'test.xlsx') ?? '';
  expect(text).toContain('opne plan.xlsx og vel test.xlsx som fila å samanlikne med');
  expect(text).not.toContain('opna');
});

test.each([
  ['nb', 'åpne plan.xlsx og velg test.xlsx som filen å sammenligne med'],
  ['en', 'plan.xlsx'],
] as const)('%s unchanged', (lang, said) => {
  expect(orderWarning(lang, 'pane', period, 'plan.xlsx', 'test.xlsx')).toContain(said);
});
