import { validatePlan } from '../../../src/domain/validate/plan';
import { renderFinding } from '../../../src/i18n/findings';
import { op, plan } from '../../helpers/plan';

/**
 * Issue 14: years and Helårsvirkning typed in kr (300 000 in a 1000 kr workbook: 300 mill kr) with the financing
 * typed in 1000 kr (100 + 200 = 300 thousand kr). Two readings; the other measures say which one is likely.
 */
const mixed = op({
  id: 'D-001',
  row: 2,
  years: [300_000, 300_000, 300_000, 300_000],
  fullYear: 300_000,
  reallocation: 100,
  newMoney: 200,
});
const others = (size: number) =>
  [3, 4, 5].map((row) =>
    op({ id: `D-00${row}`, row, years: [size, size, size, size], fullYear: size, newMoney: size }),
  );

const suspectOf = (operating: ReturnType<typeof op>[]) => {
  const f = validatePlan(plan({ operating })).find((x) => x.code === 'unit-suspect');
  expect(f).toBeDefined();
  return f!;
};

describe('unit-suspect offers both readings and says which one the plan supports', () => {
  it('both readings with their amounts: financing × 1000 = 300 000; Helårsvirkning ÷ 1000 = 300', () => {
    const f = suspectOf([mixed]);
    expect(f.params).toMatchObject({
      side: 'financing',
      expected: 300_000_000,
      actual: 300_000,
      proposed: 300_000_000,
      otherFrom: 300_000_000,
      otherProposed: 300_000,
      supported: 'none',
    });
    const text = renderFinding(f, 'nb', '1000 kr');
    expect(text).toContain('gang finansieringsbeløpene med 1000');
    expect(text).toContain('Eller er årene og Helårsvirkning skrevet i kr: del dem med 1000 (Helårsvirkning blir 300)');
    expect(text).not.toContain('Resten av planen');
  });

  it('other measures of a few hundred thousand kr: the plan supports the financing, so the years are wrong', () => {
    const f = suspectOf([mixed, ...others(250)]);
    expect(f.params.supported).toBe('financing');
    expect(renderFinding(f, 'nb', '1000 kr')).toContain(
      'Resten av planen har beløp på samme nivå som finansieringen (300), så trolig er det årene og Helårsvirkning som er feil.',
    );
    expect(renderFinding(f, 'nn', '1000 kr')).toContain('så truleg er det åra og Helårsvirkning som er feil');
    expect(renderFinding(f, 'en', '1000 kr')).toContain('the years and Helårsvirkning are probably what is wrong');
  });

  it('other measures of hundreds of millions: the plan supports the years, so the financing is wrong', () => {
    const f = suspectOf([mixed, ...others(280_000)]);
    expect(f.params.supported).toBe('base');
    expect(renderFinding(f, 'nb', '1000 kr')).toContain('så trolig er det finansieringen som er feil');
  });
});
