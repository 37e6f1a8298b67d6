/**
 * A Prioritet typed as text ("høy", which the check reports as priority-invalid) is what the author typed: a roll
 * forward keeps it (read/typedTexts.ts keptPriority), and a comparison (SPEC §14) compares it as typed, so a
 * change «høy» → «lav» is listed and «høy» → 2 is from «høy», not from empty.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import type { FieldChange } from '../../../src/domain/model/changeSet';
import type { Plan } from '../../../src/domain/model/plan';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { canonicalSnapshot } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';
import type { CompareJson } from '../../../src/report/compareJson';
import { renderCompare } from '../../../src/report/compareReport';

const planWith = (priority: CellValue): Plan =>
  readPlan(canonicalSnapshot({ operating: [operatingRow({ Prioritet: priority })] }), { defaultStartYear: 2027 }).plan;

const sides = { old: { file: 'gammel.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'Forslag' } };

/** The priority changes of D-001 (the only measure) from `a` to `b`. */
function priorityChanges(a: CellValue, b: CellValue): FieldChange[] {
  const changed = comparePlans(planWith(a), planWith(b), sides).measures.changed;
  return (changed[0]?.changes ?? []).filter((c) => c.field === 'priority');
}

describe('compare of a Prioritet typed as text', () => {
  it('lists «høy» → «lav»', () => {
    expect(priorityChanges('høy', 'lav')).toEqual([{ field: 'priority', old: 'høy', new: 'lav' }]);
  });

  it('lists «høy» → 2 as from «høy», and 2 → «høy» as to «høy»', () => {
    expect(priorityChanges('høy', 2)).toEqual([{ field: 'priority', old: 'høy', new: 2 }]);
    expect(priorityChanges(2, 'høy')).toEqual([{ field: 'priority', old: 2, new: 'høy' }]);
  });

  it('lists nothing for «høy» typed in both versions, nor for 2 and 2', () => {
    expect(priorityChanges('høy', 'høy')).toEqual([]);
    expect(priorityChanges(2, 2)).toEqual([]);
  });

  it('an empty Prioritet stays empty (null), as before', () => {
    expect(priorityChanges(null, 3)).toEqual([{ field: 'priority', old: null, new: 3 }]);
  });
});

describe('a Prioritet typed as text in a measure added or removed', () => {
  const withD2 = (priority: CellValue): Plan =>
    readPlan(
      canonicalSnapshot({
        operating: [operatingRow(), operatingRow({ ID: 'D-002', Prioritet: priority, Tiltak: 'Boveileder' })],
      }),
      { defaultStartYear: 2027 },
    ).plan;
  const alone = planWith(1);

  it('shows it as typed («høy»), as the list of changed measures does, not as empty', () => {
    const added = comparePlans(alone, withD2('høy'), sides).measures.added;
    const removed = comparePlans(withD2('lav'), alone, sides).measures.removed;
    expect(added.map((m) => [m.id, m.priority])).toEqual([['D-002', 'høy']]);
    expect(removed.map((m) => [m.id, m.priority])).toEqual([['D-002', 'lav']]);
  });

  it('in the JSON and the text report too', () => {
    const diff = comparePlans(alone, withD2('høy'), sides);
    const json = JSON.parse(renderCompare(diff, 'json', 'nb')) as CompareJson;
    expect(json.measures.added.map((m) => m.priority)).toEqual(['høy']);
    // The row of D-002 in «Nye tiltak»: ID, Tabell, Seksjon, Pri. «høy», Tiltak.
    const row = renderCompare(diff, 'text', 'nb')
      .split('\n')
      .find((l) => l.includes('D-002'));
    expect(row).toMatch(/D-002 +Drift +Samfunn og tjenester +høy +Boveileder/);
  });

  it('an empty Prioritet and an Excel error there stay null', () => {
    const added = comparePlans(alone, withD2(null), sides).measures.added;
    expect(added.map((m) => m.priority)).toEqual([null]);
    const error = comparePlans(alone, withD2({ error: '#REF!' }), sides).measures.added;
    expect(error.map((m) => m.priority)).toEqual([null]);
  });
});
