import { checkConsolidated } from '../../src/domain/checkConsolidated';
import { consolidate } from '../../src/domain/consolidate/consolidate';
import { kr } from '../../src/domain/model/money';
import { consolidationDocument } from '../../src/report/consolidationDocument';
import { renderText } from '../../src/report/text';
import { line, op, plan } from '../helpers/plan';
import { canonicalSnapshot } from '../helpers/workbook';
import { economy, input } from '../domain/consolidate/helpers';

describe('consolidationDocument (SPEC §15)', () => {
  it('names the economy plan file with the cell of a finding under «Funn i økonomiplanen»', () => {
    // «femti» in G2 (2027) of the economy plan workbook: not a number.
    const book = canonicalSnapshot({
      settings: { Plannavn: 'Økonomiplan' },
      economyPlan: [{ Del: 'Drift', Linjetype: 'Tiltak', Ref: 'X-9', 2027: 'femti', 2028: 50 }],
    });
    const checked = checkConsolidated(
      [],
      { wb: book, file: 'okonomiplan.xlsx' },
      {
        defaultStartYear: 2027,
        render: (f) => f.code,
      },
    );
    const text = renderText(consolidationDocument(checked!, 'nb'));
    expect(text).toContain('Funn i økonomiplanen');
    expect(text).toContain('okonomiplan.xlsx: Økonomiplan!G2');
  });
});

describe('consolidationDocument: the summary line counts what its words say', () => {
  // Amounts in thousands in the helpers, in kroner in the items; Toleranse 5 000 kr in the plan and the economy plan.
  // R1: D-001's 100 a year under a Ramme line of 150 a year: 4 items within the frame (class Samsvar).
  // R3: D-101 [200, 300, 200, 100] against its Tiltak line [200, 301, 200, 100]: 2027, 2029, 2030 equal (3 items),
  // 2028 300 000 − 301 000 = −1 000 kr, within the 5 000 kr Toleranse (1 item, Avrunding).
  // So 4 + 3 + 1 = 8 items of severity Merknad, no error, no warning.
  const helse = plan({
    settings: { planName: 'Helse og omsorg', tolerance: kr(5_000) },
    operating: [
      op({ id: 'D-101', ref: 'D-101', frame: 'R3', years: [200, 300, 200, 100], fullYear: 300, newMoney: 300 }),
      op({ id: 'D-001', frame: 'R1', years: [100, 100, 100, 100], fullYear: 100, newMoney: 100 }),
    ],
  });
  const lines = [
    line({ row: 2, ref: 'D-101', frame: 'R3', years: [200, 301, 200, 100] }),
    line({ row: 3, type: 'Ramme', ref: 'R1', frame: 'R1', years: [150, 150, 150, 150] }),
  ];
  const { consolidation } = consolidate([input('helse.xlsx', helse)], economy(lines, 5_000));

  it('counts 8: equal, within the frame and within the tolerance', () => {
    const frames = consolidation.items.filter((i) => i.code === 'frame-total');
    expect(frames.map((i) => [i.ref, i.year, i.class])).toEqual([
      ['R1', 2027, 'match'],
      ['R1', 2028, 'match'],
      ['R1', 2029, 'match'],
      ['R1', 2030, 'match'],
      ['R3', 2027, 'match'],
      ['R3', 2028, 'rounding'],
      ['R3', 2029, 'match'],
      ['R3', 2030, 'match'],
    ]);
    expect(consolidation.summary).toEqual({ errors: 0, warnings: 0, infos: 8 });
  });

  it.each([
    ['nb', 'Samlet: 0 feil, 0 advarsler, 8 i samsvar, innenfor rammen eller innenfor toleransen.'],
    ['nn', 'Samla: 0 feil, 0 åtvaringar, 8 i samsvar, innanfor ramma eller innanfor toleransen.'],
    ['en', 'In all: 0 errors, 0 warnings, 8 matching, within the budget frame or within tolerance.'],
  ] as const)('%s: names the tolerance, as the single plan’s summary does', (lang, sentence) => {
    const text = renderText(consolidationDocument({ results: [], consolidation, economyIssues: [] }, lang));
    expect(text).toContain(sentence);
  });
});

describe('consolidationDocument: two plans of one Plannavn', () => {
  it('names each by its file in the new money table, so the row «ikke avstemt» is not read as the compared one', () => {
    // helse.xlsx and psyk.xlsx are both «Helse og omsorg»: psyk.xlsx, the later, is not compared.
    const named = (id: string) =>
      plan({
        settings: { planName: 'Helse og omsorg' },
        operating: [op({ id, frame: 'R3', years: [100, 100, 100, 100], fullYear: 100, newMoney: 100 })],
      });
    const { consolidation } = consolidate(
      [input('helse.xlsx', named('D-001')), input('psyk.xlsx', named('D-050'))],
      economy([]),
    );
    const doc = consolidationDocument({ results: [], consolidation, economyIssues: [] }, 'nb');
    const table = doc.blocks.find((b) => b.kind === 'table');
    const labels = table?.kind === 'table' ? table.rows.map((r) => [r[0], r[1]]).filter(([name]) => name !== '') : [];
    expect(labels).toEqual([
      ['Helse og omsorg (helse.xlsx)', 'Tiltaksplan'],
      ['Helse og omsorg (psyk.xlsx)', 'ikke avstemt'],
      ['Alle planer', 'Tiltaksplan'],
    ]);
  });
});
