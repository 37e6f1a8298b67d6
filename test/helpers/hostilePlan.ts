/**
 * Test helper: a workbook whose strings are markup, for the escaping tests of the HTML report and the task
 * pane (issue "Security"). Every hostile string lands somewhere a user sees it: a finding message, the
 * totals, the list of measures not costed, a reconciliation item, the measure picker.
 */
import type { CellValue, WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { operatingRow } from './rows';
import { canonicalSnapshot } from './workbook';

/** A measure name that runs script if anyone puts it into the DOM as markup. */
export const HOSTILE_MEASURE = '<img src=x onerror=alert(1)>';
/** Every character HTML escaping must handle, and an opening script tag. */
export const HOSTILE_TEXT = `"&'<script>`;

/** The escaped forms, as escapeHtml writes them. */
export const HOSTILE_MEASURE_ESCAPED = '&lt;img src=x onerror=alert(1)&gt;';
export const HOSTILE_TEXT_ESCAPED = '&quot;&amp;&#39;&lt;script&gt;';

const costed: Record<string, CellValue> = operatingRow({
  // Not in the section list: a section-invalid finding quotes it, and the totals group by it.
  Seksjon: HOSTILE_TEXT,
  Tiltak: HOSTILE_MEASURE,
  // Not in the plan area list: an area-invalid finding quotes it.
  'Berørte planområder': HOSTILE_MEASURE,
  Kommentar: HOSTILE_TEXT,
});

/** Not costed, so its name is listed among the measures not costed. */
const notCosted: Record<string, CellValue> = {
  ID: 'D-002',
  Seksjon: 'Organisasjon',
  Prioritet: 1,
  Tiltak: HOSTILE_MEASURE,
  Type: 'Varig',
  Kostnadsstatus: 'Må utredes',
  Ansvarlig: 'Leder boligkontor',
  'Berørte planområder': 'Oppvekst',
  Kommentar: HOSTILE_TEXT,
};

const line = (ref: string, amounts: readonly number[]): Record<string, CellValue> => ({
  Del: 'Drift',
  Linjetype: 'Tiltak',
  Ref: ref,
  Rammeområde: '2',
  Beskrivelse: HOSTILE_TEXT,
  '2027': amounts[0] ?? 0,
  '2028': amounts[1] ?? 0,
  '2029': amounts[2] ?? 0,
  '2030': amounts[3] ?? 0,
});

/** The hostile workbook: D-001 matched by the economy plan, and a line whose Ref matches nothing. */
export function hostileSnapshot(): WorkbookSnapshot {
  return canonicalSnapshot({
    operating: [costed, notCosted],
    economyPlan: [line('D-001', [600, 1200, 1800, 2400]), line(HOSTILE_MEASURE, [100, 100, 100, 100])],
  });
}
