import { checkConsolidated } from '../../src/domain/checkConsolidated';
import { consolidationDocument } from '../../src/report/consolidationDocument';
import { renderText } from '../../src/report/text';
import { canonicalSnapshot } from '../helpers/workbook';

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
