/**
 * The head of Nytt tiltak: which table, which measure to edit (none: a new one), and, for one being edited, the
 * buttons that move it up or down its section, with a word when what she typed is kept over a move.
 */
import { Button, Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { Lang, Measure, TableKind } from '../../domain';
import { tp } from '../../i18n/taskpane';
import { MeasurePicker } from './MeasurePicker';

export interface MeasureHeadProps {
  readonly lang: Lang;
  readonly kind: TableKind;
  readonly measures: readonly Measure[];
  /** The sheet row of the measure being edited, as the drop-down's value; '' for a new measure. */
  readonly row: string;
  readonly busy: boolean;
  /** Whether a measure is being edited, and what she typed into it is not saved. */
  readonly editing: boolean;
  readonly typed: boolean;
  readonly canMove: (direction: 'up' | 'down') => boolean;
  readonly onMove: (direction: 'up' | 'down') => void;
  /** A table and a measure of it picked ('' for a new measure). */
  readonly onPick: (kind: TableKind, row: string) => void;
}

export function MeasureHead(p: MeasureHeadProps): JSX.Element {
  const { lang, kind } = p;
  return (
    <>
      <Field label={tp(lang, 'measureKind')}>
        <RadioGroup layout="horizontal" value={kind} onChange={(_, d) => p.onPick(d.value as TableKind, '')}>
          <Radio value="operating" label={tp(lang, 'operating')} />
          <Radio value="investment" label={tp(lang, 'investment')} />
        </RadioGroup>
      </Field>
      <MeasurePicker key={kind} lang={lang} measures={p.measures} value={p.row} onPick={(r) => p.onPick(kind, r)} />
      {p.editing && (
        <div className="tp-actions">
          <Button disabled={p.busy || !p.canMove('up')} onClick={() => p.onMove('up')}>
            {tp(lang, 'moveUp')}
          </Button>
          <Button disabled={p.busy || !p.canMove('down')} onClick={() => p.onMove('down')}>
            {tp(lang, 'moveDown')}
          </Button>
        </div>
      )}
      {p.editing && p.typed && <Text size={200}>{tp(lang, 'moveKeepsTyped')}</Text>}
    </>
  );
}
