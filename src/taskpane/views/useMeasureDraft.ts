/**
 * What Nytt tiltak holds while she types: the kind, the measure being edited, the form and the form as it was
 * filled from that measure. Kept while another tab is open (useKept), for the plan years it was filled for.
 */
import { useEffect } from 'react';
import { pickMeasure, type MeasurePick, type MeasureRef, type Plan, type TableKind } from '../../domain';
import type { KeptState } from '../hooks/useKept';
import { useKept } from '../hooks/useKept';
import { emptyForm, formFromMeasure, type FormState } from './measureForm';
import { keepTyped } from './typedEdits';

/** The measure to pick again once written; `keepTyped`: with what she typed kept over the form filled anew. */
export interface Repick {
  readonly at: MeasureRef;
  readonly keepTyped: boolean;
}

export const measuresOf = (plan: Plan, kind: TableKind) => (kind === 'operating' ? plan.operating : plan.investment);

export function useMeasureDraft(kept: KeptState | undefined, plan: Plan) {
  const unit = plan.settings.unit;
  const draft = `measure ${plan.years.join(' ')} `;
  const [kind, setKind] = useKept<TableKind>(kept, `${draft}kind`, 'operating');
  // The measure being edited, by its row (two measures may share an ID); null: a new measure.
  const [pick, setPick] = useKept<MeasurePick | null>(kept, `${draft}pick`, null);
  // After a save or move: the row to pick again once the pane has read the workbook as written; after a move, with
  // what she typed and has not saved kept in the form (a move writes the priorities alone).
  const [repick, setRepick] = useKept<Repick | null>(kept, `${draft}repick`, null);
  const [form, setForm] = useKept<FormState>(kept, `${draft}form`, () => emptyForm('operating', plan.years.length));
  // The form as it was filled from the measure being edited: a save writes only what differs from it.
  const [loaded, setLoaded] = useKept<FormState | null>(kept, `${draft}loaded`, null);
  const [touched, setTouched] = useKept(kept, `${draft}touched`, false);

  // The form shows the measure as written (a move swaps priorities), and the next save compares with that.
  useEffect(() => {
    if (!repick) return;
    const now = pickMeasure(plan, repick.at);
    if (now) {
      const written = formFromMeasure(now.measure, unit);
      setPick(now);
      setForm(repick.keepTyped && loaded ? keepTyped(form, loaded, written) : written);
      setLoaded(written);
    }
    setRepick(null);
  }, [plan, repick, unit, form, loaded, setPick, setForm, setLoaded, setRepick]);

  // `sheetRow`: the sheet row of the measure to edit, as the drop-down's value; '' for a new measure.
  const reset = (k: TableKind, sheetRow: string) => {
    const m = measuresOf(plan, k).find((x) => String(x.row) === sheetRow);
    setKind(k);
    setPick(m ? pickMeasure(plan, m) : null);
    setForm(m ? formFromMeasure(m, unit) : emptyForm(k, plan.years.length));
    setLoaded(m ? formFromMeasure(m, unit) : null);
    setTouched(m !== undefined);
  };
  return { kind, pick, form, setForm, loaded, touched, setTouched, setRepick, reset };
}
