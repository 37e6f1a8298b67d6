/**
 * Lagre versjon (SPEC §14), in the Struktur view: the measure tables and the economy plan as they are now, as
 * values on a new hidden sheet "Versjon <n>" under the label the user types and today's date.
 */
import { Button, Field, Input, Text } from '@fluentui/react-components';
import { planSaveVersion, rollBlocker } from '../../domain';
import { ct } from '../../i18n/compare';
import type { ViewProps } from '../components/types';
import { useKept } from '../hooks/useKept';
import { WriteRefused } from '../errors';

/** Today's local date as yyyy-mm-dd (the domain has no clock). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const VERSION_REFUSAL_KEY = {
  settings: 'versionRefusedSettings',
  table: 'versionRefusedTable',
  period: 'versionRefused',
} as const;

export function SaveVersionForm({ lang, result, write, busy, kept }: ViewProps): JSX.Element {
  // The label she typed and has not saved under is kept while she looks at another tab (useKept).
  const [label, setLabel] = useKept(kept, 'version label', '');
  // Year columns that are not the plan period (a Første planår changed without a roll) or settings that do not
  // read would save a version without some years' amounts, a table not found a version without its measures, and
  // settings not found one stamped with a default period and unit: no version until they are fixed, as no roll.
  const blocker = rollBlocker(result.findings);
  const refused = blocker !== null;
  // Planned on a fresh read: a version holds the plan as it is when saved (a figure typed a moment ago, whose
  // change event has not arrived, included), on a sheet no other save has taken since.
  const save = async () => {
    let sheet = '';
    const saved = await write(
      ({ snapshot, result }) => {
        // A table deleted or settings retyped since the pane's last check: refused as the button would have been.
        const now = rollBlocker(result.findings);
        if (now !== null) throw new WriteRefused(ct(lang, VERSION_REFUSAL_KEY[now]));
        // The findings of the same read say which amount cells hold a placeholder ("?", "----") kept as typed.
        const stamp = { label: label.trim(), date: todayIso() };
        const planned = planSaveVersion(snapshot, result.plan, stamp, result.findings);
        sheet = planned.sheet;
        return planned.edits;
      },
      () => ct(lang, 'versionSaved', { sheet }),
    );
    if (saved) setLabel('');
  };
  return (
    <>
      <h3 className="tp-subheading">{ct(lang, 'saveVersion')}</h3>
      <Text>{ct(lang, 'saveVersionIntro')}</Text>
      <Field label={ct(lang, 'versionLabel')} hint={ct(lang, 'versionLabelHint')}>
        <Input value={label} onChange={(_, d) => setLabel(d.value)} />
      </Field>
      {blocker && <Text role="status">{ct(lang, VERSION_REFUSAL_KEY[blocker])}</Text>}
      <Button disabled={busy || refused || label.trim() === ''} onClick={() => void save()}>
        {ct(lang, 'saveVersion')}
      </Button>
    </>
  );
}
