/**
 * The change set in the Endringer view: a summary (ChangesNotes.tsx), then the measures grouped as new, removed and changed
 * (each measure of the open workbook a button to its row), the economy plan lines (ChangesLines.tsx), and the
 * totals per year.
 * As the change report (SPEC §14): the measures only renumbered, and the investments whose one change is the
 * roll's booking to Tidligere bevilget, and the amounts in years only one version holds, in groups of their own
 * after the real changes, in the report's words.
 */
import { Button } from '@fluentui/react-components';
import {
  comparedChanges,
  isOneSided,
  type ChangeSet,
  type FieldChange,
  type MeasureChange,
  type MeasureEntry,
  type Plan,
  type TableKind,
} from '../../domain';
import { ct } from '../../i18n/compare';
import { reportText } from '../../i18n/compareReport';
import { renumberedWithOneSided } from '../../report/compareApart';
import { entryText } from '../../report/compareDuplicates';
import type { ViewProps } from '../components/types';
import { ChangeLines, Group } from './ChangesGroup';
import { ChangesLines } from './ChangesLines';
import { ChangesNotes } from './ChangesNotes';
import { ChangesTotals } from './ChangesTotals';

interface Props extends ViewProps {
  readonly diff: ChangeSet;
}

/** The cell of a measure of the open workbook to select: its first changed field's cell, else its ID cell. */
export function measureCell(plan: Plan, m: { table: TableKind; row: number }, change?: FieldChange): string | null {
  const list = m.table === 'operating' ? plan.operating : plan.investment;
  const measure = list.find((x) => x.row === m.row);
  if (!measure) return null;
  const key = change?.year !== undefined ? `year:${change.year}` : change?.field;
  const column = (key !== undefined ? measure.cellColumns[key] : undefined) ?? measure.cellColumns.id;
  return column === undefined ? null : `${column}${measure.row}`;
}

function MeasureItem(props: Props & { m: MeasureEntry | MeasureChange; inWorkbook: boolean }): JSX.Element {
  const { m, lang, diff, result, select, inWorkbook } = props;
  const changes = 'changes' in m ? m.changes : [];
  const moved = 'changes' in m && m.movedFrom !== undefined ? m : undefined;
  const cell = inWorkbook ? measureCell(result.plan, m, changes[0]) : null;
  return (
    <li className="tp-item">
      <div className="tp-item-head">
        <strong>{m.id}</strong>
        {/* A measure added or removed whose text stands on a row of an ID on several rows: where, as the report. */}
        <span>{'changes' in m ? m.measure : entryText(lang, m)}</span>
      </div>
      {(changes.length > 0 || moved) && (
        <ChangeLines changes={changes} table={m.table} moved={moved} diff={diff} lang={lang} />
      )}
      {cell && (
        <div className="tp-actions">
          <Button size="small" onClick={() => select(m.sheet, cell)}>
            {`${ct(lang, 'goToMeasure', { id: m.id })} (${cell})`}
          </Button>
        </div>
      )}
    </li>
  );
}

export function ChangesResult(props: Props): JSX.Element {
  const { diff, lang } = props;
  const { added, removed, finished, changed } = diff.measures;
  // The domain's flags (one truth with the report): only renumbered, or only the roll's booking, listed apart.
  // Amounts in years one version only holds are listed apart too, each measure's in a group of their own.
  const apart = (m: MeasureChange, changes: readonly FieldChange[]): MeasureChange => ({ ...m, changes });
  const real = changed
    .filter((m) => !m.renumbered && !m.carriedBefore && (m.movedFrom || comparedChanges(m.changes).length > 0))
    .map((m) => apart(m, comparedChanges(m.changes)));
  const renumbered = changed.filter((m) => m.renumbered).map((m) => apart(m, comparedChanges(m.changes)));
  const alsoOneSided = { alsoOneSided: renumberedWithOneSided(diff) };
  const carried = changed.filter((m) => m.carriedBefore).map((m) => apart(m, comparedChanges(m.changes)));
  const oneSided = changed.filter((m) => m.changes.some(isOneSided)).map((m) => apart(m, m.changes.filter(isOneSided)));
  return (
    <>
      <ChangesNotes diff={diff} lang={lang} />
      <Group title={ct(lang, 'added')} count={added.length} lang={lang}>
        {added.map((m) => (
          <MeasureItem key={`${m.table}-${m.id}-${m.row}`} {...props} m={m} inWorkbook />
        ))}
      </Group>
      <Group title={ct(lang, 'removed')} count={removed.length} lang={lang}>
        {removed.map((m) => (
          <MeasureItem key={`${m.table}-${m.id}-${m.row}`} {...props} m={m} inWorkbook={false} />
        ))}
      </Group>
      {/* Removed, but done: shown apart, and only when there are some (after a roll forward). */}
      {finished.length > 0 && (
        <Group title={ct(lang, 'finished')} count={finished.length} lang={lang} note={ct(lang, 'finishedNote')}>
          {finished.map((m) => (
            <MeasureItem key={`${m.table}-${m.id}-${m.row}`} {...props} m={m} inWorkbook={false} />
          ))}
        </Group>
      )}
      <Group
        title={ct(lang, 'changed')}
        count={real.length}
        lang={lang}
        empty={changed.length > 0 ? reportText('changedOnlyRenumbered', lang) : undefined}
      >
        {real.map((m) => (
          <MeasureItem key={`${m.table}-${m.id}-${m.row}`} {...props} m={m} inWorkbook />
        ))}
      </Group>
      {renumbered.length > 0 && (
        <Group
          title={reportText('renumbered', lang, alsoOneSided)}
          count={renumbered.length}
          lang={lang}
          note={reportText('renumberedNote', lang, alsoOneSided)}
        >
          {renumbered.map((m) => (
            <MeasureItem key={`${m.table}-${m.id}-${m.row}`} {...props} m={m} inWorkbook />
          ))}
        </Group>
      )}
      {carried.length > 0 && (
        <Group
          title={reportText('carried', lang)}
          count={carried.length}
          lang={lang}
          note={reportText('carriedNote', lang)}
        >
          {carried.map((m) => (
            <MeasureItem key={`${m.table}-${m.id}-${m.row}`} {...props} m={m} inWorkbook />
          ))}
        </Group>
      )}
      {oneSided.length > 0 && (
        <Group
          title={reportText('oneSided', lang)}
          count={oneSided.length}
          lang={lang}
          note={reportText('oneSidedNote', lang)}
        >
          {oneSided.map((m) => (
            <MeasureItem key={`${m.table}-${m.id}-${m.row}`} {...props} m={m} inWorkbook />
          ))}
        </Group>
      )}
      <ChangesLines diff={diff} lang={lang} />
      <ChangesTotals diff={diff} lang={lang} />
    </>
  );
}
