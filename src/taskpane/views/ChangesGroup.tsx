/**
 * The parts the Endringer view lists its changes in: a group (a details element with its count, open when it holds
 * any), and a measure's or economy plan line's changed fields, one line each (field: before → now (change)).
 */
import { Text } from '@fluentui/react-components';
import type { ChangeSet, FieldChange, Lang, MeasureChange } from '../../domain';
import { ct } from '../../i18n/compare';
import { fieldLabel, type FieldTable } from '../../i18n/fieldLabel';
import { changeCells, movedCells } from '../../report/compareCells';
import { ShownList } from '../components/ShownList';

function ChangeLine({ cells: [label, before, after, delta] }: { cells: readonly string[] }) {
  return (
    <li>
      <Text size={200}>
        <strong>{label}</strong>
        {`: ${before} → ${after}${delta ? ` (${delta})` : ''}`}
      </Text>
    </li>
  );
}

/** A measure's or line's changed fields; a measure moved between the tables says so first. */
export function ChangeLines({
  changes,
  table,
  moved,
  diff,
  lang,
}: { changes: readonly FieldChange[]; table: FieldTable; moved?: MeasureChange } & {
  readonly diff: ChangeSet;
  readonly lang: Lang;
}) {
  const ctx = { lang, unit: diff.new.plan.unit };
  const move = moved ? movedCells(lang, moved) : null;
  return (
    <ul className="tp-changes">
      {move && <ChangeLine cells={move} />}
      {changes.map((c) => (
        <ChangeLine key={`${c.field}-${c.year ?? ''}`} cells={[fieldLabel(c, table), ...changeCells(ctx, c, table)]} />
      ))}
    </ul>
  );
}

interface GroupProps {
  readonly title: string;
  readonly count: number;
  readonly children: JSX.Element[];
  readonly lang: Lang;
  /** A sentence under the title that says what the group holds. */
  readonly note?: string;
  /** What an empty group says, when not «Ingen». */
  readonly empty?: string;
}

export function Group(props: GroupProps): JSX.Element {
  return (
    <details open={props.count > 0} className="tp-group">
      <summary className="tp-subheading">{`${props.title} (${props.count})`}</summary>
      {props.note && <Text size={200}>{props.note}</Text>}
      {props.count === 0 ? (
        <Text>{props.empty ?? ct(props.lang, 'none')}</Text>
      ) : (
        <ShownList lang={props.lang}>{props.children}</ShownList>
      )}
    </details>
  );
}
