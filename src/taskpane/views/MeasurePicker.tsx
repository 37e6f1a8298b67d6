/**
 * «Rediger tiltak»: the drop-down that picks the measure to edit. A table of more than SHOWN measures gets a
 * search field, and the drop-down lists the first SHOWN that match it: a drop-down of 5 000 options took the
 * browser most of a second to lay out each time Nytt tiltak opened, and nobody scrolls through 5 000 options.
 */
import { Field, Input, Select } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Lang, Measure } from '../../domain';
import { numberText } from '../../i18n/numberText';
import { tp } from '../../i18n/taskpane';

/** How many measures the drop-down lists at most. */
export const SHOWN = 100;

/** How long an option's label may be: the pane is narrow, and a drop-down as wide as the longest Tiltak is not. */
const LABEL_MAX = 60;

/**
 * `label` cut to LABEL_MAX characters at the last space, marked «…» (review r26): a bare part of a word
 * («rådgivning for leie») reads as the text itself, and two measures that begin alike are confused. Cut within a
 * word only when its first `keep` characters (the ID) leave no space to cut at.
 */
export function cutLabel(label: string, keep = 0): string {
  if (label.length <= LABEL_MAX) return label;
  const room = label.slice(0, LABEL_MAX - 1);
  const space = /\s\S*$/.exec(room)?.index ?? -1;
  const wordCut = !/\s/.test(label.charAt(LABEL_MAX - 1));
  const head = wordCut && space > keep ? room.slice(0, space) : room;
  return `${head.trimEnd().replace(/[\s,;:·–-]+$/, '')}…`;
}

interface Option {
  readonly value: string;
  readonly label: string;
  /** The label in lower case, for the search. */
  readonly key: string;
}

/** The drop-down's options for a table: ID and Tiltak, and the row when another measure there has the ID. */
function measureOptions(lang: Lang, measures: readonly Measure[]): Option[] {
  const count = new Map<string, number>();
  for (const m of measures) count.set(m.id, (count.get(m.id) ?? 0) + 1);
  return measures.map((m) => {
    const short = cutLabel(`${m.id} · ${m.measure}`, m.id.length + 2);
    const shared = (count.get(m.id) ?? 0) > 1;
    const label = shared ? tp(lang, 'measureOptionRow', { label: short, row: m.row }) : short;
    return { value: String(m.row), label, key: `${m.id} ${m.measure}`.toLocaleLowerCase('nb') };
  });
}

/**
 * The options that hold every word of `query`: the first SHOWN of them, with the picked one (`value`) first when it
 * is not among those, so that the drop-down still names it — SHOWN options in all. `listed` is how many of the
 * shown options match, `count` how many match in all.
 */
function matching(
  options: readonly Option[],
  query: string,
  value: string,
): { shown: Option[]; count: number; listed: number } {
  const words = query.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  const found = options.filter((o) => words.every((w) => o.key.includes(w)));
  let shown = found.slice(0, SHOWN);
  const picked = options.find((o) => o.value === value);
  if (picked && !shown.includes(picked)) shown = [picked, ...shown.slice(0, SHOWN - 1)];
  const listed = shown.filter((o) => o !== picked || found.includes(o)).length;
  return { shown, count: found.length, listed };
}

interface Props {
  readonly lang: Lang;
  readonly measures: readonly Measure[];
  /** The sheet row of the picked measure; '' for a new one. */
  readonly value: string;
  readonly onPick: (row: string) => void;
}

export function MeasurePicker({ lang, measures, value, onPick }: Props): JSX.Element {
  const [query, setQuery] = useState('');
  const options = useMemo(() => measureOptions(lang, measures), [lang, measures]);
  const { shown, count, listed } = useMemo(() => matching(options, query, value), [options, query, value]);
  const searchable = options.length > SHOWN;
  const hint =
    count === 0
      ? tp(lang, 'findMeasureNone')
      : listed < count
        ? tp(lang, 'findMeasureShown', { shown: numberText(listed, lang), count: numberText(count, lang) })
        : undefined;
  return (
    <>
      {searchable && (
        <Field label={tp(lang, 'findMeasure')} hint={hint}>
          <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
      )}
      <Field label={tp(lang, 'editExisting')}>
        <Select value={value} onChange={(_, d) => onPick(d.value)}>
          <option value="">{tp(lang, 'newMeasureOption')}</option>
          {shown.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
