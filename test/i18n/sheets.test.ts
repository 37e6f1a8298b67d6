import { kr } from '../../src/domain/model/money';
import type { ReconciliationItem } from '../../src/domain/model/reconciliation';
import { RECONCILIATION_CODES } from '../../src/domain/model/reconciliationCodes';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { readPlan } from '../../src/domain/read/plan';
import { planReconciliation } from '../../src/domain/sheets/reconciliation';
import { applyEdits } from '../../src/domain/sheets/snapshotEdits';
import { reconciliationCodeLabel } from '../../src/i18n/common';
import { GLOSSARY_EN, GLOSSARY_NB, GLOSSARY_NN } from '../../src/i18n/glossary';
import { LANGS } from '../../src/i18n/lang';
import { reconciliationCodeOf, reconciliationSheetText, summaryText } from '../../src/i18n/sheets';
import { canonicalSnapshot, setCell } from '../helpers/workbook';
import { editsOf } from '../helpers/writePlan';

describe('reconciliationCodeOf', () => {
  it.each(RECONCILIATION_CODES)('%s: its label in every language, and the bare code, read back as the code', (code) => {
    for (const lang of LANGS)
      expect(reconciliationCodeOf(` ${reconciliationCodeLabel(code, lang).toUpperCase()} `)).toBe(code);
    expect(reconciliationCodeOf(code)).toBe(code);
  });

  it('leaves other text as it is', () => {
    expect(reconciliationCodeOf(' Noe annet ')).toBe('Noe annet');
  });
});

describe('the Avstemming sheet in the chosen language', () => {
  const wb = canonicalSnapshot({
    operating: [{ ID: 'D-001', Tiltak: 'Miljøteam', Rammeområde: 'R1', Kostnadsstatus: 'Beregnet' }],
  });
  const plan = readPlan(wb, { defaultStartYear: 2027 }).plan;
  const items: ReconciliationItem[] = [
    {
      code: 'measure-new-money',
      class: 'unit-suspect',
      severity: 'error',
      ref: 'D-001',
      measureId: 'D-001',
      year: 2029,
      measures: kr(1_800_000),
      economyPlan: kr(1_800),
      difference: kr(1_798_200),
      cells: {},
    },
  ];
  const bodyOf = (snapshot: WorkbookSnapshot, lang: 'nb' | 'nn' | 'en') => {
    const edits = editsOf(planReconciliation(items, plan, snapshot, reconciliationSheetText(lang, '1000 kr')));
    const body = edits.find((e) => e.kind === 'setCells' && e.origin === 'A2');
    return { edits, rows: body?.kind === 'setCells' ? body.values : [] };
  };

  it.each([
    ['nb', ['Feil', 'Nye midler per tiltak', 'Mulig enhetsfeil']],
    ['nn', ['Feil', 'Nye midlar per tiltak', 'Mogleg einingsfeil']],
    ['en', ['Error', 'New money per measure', 'Possible unit error']],
  ] as const)('%s: Alvor, Kode and Klasse as the glossary names them', (lang, labels) => {
    expect(bodyOf(wb, lang).rows[0]?.slice(0, 3)).toEqual(labels);
  });

  it("keeps the user's Status and Kommentar when the sheet is written again in another language", () => {
    let written = applyEdits(wb, bodyOf(wb, 'nb').edits);
    written = setCell(written, 'Avstemming', 'O2', 'Akseptert');
    written = setCell(written, 'Avstemming', 'P2', 'Avklart med økonomi');
    const again = bodyOf(written, 'nn').rows[0];
    expect([again?.[1], again?.[14], again?.[15]]).toEqual([
      'Nye midlar per tiltak',
      'Akseptert',
      'Avklart med økonomi',
    ]);
  });
});

describe('Sammendrag in the chosen language', () => {
  it.each([
    ['nb', GLOSSARY_NB],
    ['nn', GLOSSARY_NN],
    ['en', GLOSSARY_EN],
  ] as const)('%s uses the glossary terms for the concepts it shares', (lang, g) => {
    const text = summaryText(lang);
    expect([text.frameTitle, text.unit, text.costStatus, text.noName, text.noFrame, text.empty]).toEqual([
      g.frameTotal,
      g.unit,
      g.costStatus,
      g.noName,
      g.noFrame,
      g.empty,
    ]);
  });
});
