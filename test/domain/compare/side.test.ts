import { planVersion, savedVersion, type Finding } from '../../../src/domain';
import { makePlan } from '../../helpers/plan';

const finding = (code: Finding['code'], sheet: string, cell: string, params: Finding['params'] = {}): Finding => ({
  code,
  severity: 'error',
  sheet,
  cell,
  params,
});

const invalidI2 = finding('amount-invalid', 'Tiltak drift', 'I2');
const invalidG5 = finding('amount-invalid', 'Økonomiplan', 'G5');
const yearColumns = finding('year-columns', 'Tiltak drift', 'H1', { expected: '2028, 2029', found: '2027, 2028' });
const otherDuplicate = finding('setting-duplicate', 'Innstillinger', 'B9', { conflict: 'unit' });
const findings = [invalidI2, yearColumns, invalidG5, otherDuplicate];

describe('one version as compare and Endringer take it', () => {
  it('a workbook: its amount cells without an amount by sheet and cell, and the findings that doubt its period', () => {
    const plan = makePlan();
    const side = planVersion({ plan, findings }, '/data/eldre.xlsx', 'eldre.xlsx');
    expect(side).toEqual({
      plan,
      file: '/data/eldre.xlsx',
      label: 'eldre.xlsx',
      invalid: ['Tiltak drift!I2', 'Økonomiplan!G5'],
      period: [yearColumns],
      findings,
    });
    expect(side.isVersion).toBeUndefined();
  });

  it('a saved version: named by its label, else its sheet; its period is its header’s, never in doubt', () => {
    const plan = makePlan();
    const info = {
      sheet: 'Versjon 2',
      label: '',
      date: '2027-03-01',
      startYear: 2027,
      yearCount: 4,
      unit: '1000 kr' as const,
    };
    expect(savedVersion({ plan, findings, info }, 'plan.xlsx')).toEqual({
      plan,
      file: 'plan.xlsx',
      label: 'Versjon 2',
      invalid: ['Tiltak drift!I2', 'Økonomiplan!G5'],
      period: [],
      isVersion: true,
      findings,
      // Its date tells a version given in the wrong order (compare/order.ts).
      date: '2027-03-01',
    });
    expect(savedVersion({ plan, findings: [], info: { ...info, label: 'Før høring' } }, 'plan.xlsx').label).toBe(
      'Før høring',
    );
  });
});
