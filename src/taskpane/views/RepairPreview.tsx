/** Struktur's repair: every change it would make previewed, applied only when she confirms. */
import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { planRepair, type Edit, type HeldColumn, type StructureChange, type UserCell } from '../../domain';
import { heldColumnText, structureChangeText } from '../../i18n/structureChange';
import { repairBlockedText } from '../../i18n/userCells';
import { tp } from '../../i18n/taskpane';
import type { ViewProps } from '../components/types';
import { defaultStartYear } from '../hooks/usePlanCheck';

/** A planned repair: what it changes, its edits, the user's cells that kept a column out, and columns held back. */
interface Preview {
  readonly changes: readonly StructureChange[];
  readonly edits: readonly Edit[];
  readonly blocked: readonly UserCell[];
  readonly held: readonly HeldColumn[];
}

type RepairProps = Pick<ViewProps, 'lang' | 'readStructure' | 'write' | 'busy'>;

/** The button that plans the repair on a structure read, and what the plan says under it. */
export function RepairPreview({ lang, readStructure, write, busy }: RepairProps): JSX.Element {
  const [preview, setPreview] = useState<Preview | null>(null);
  const previewRepair = async () => {
    const snapshot = await readStructure();
    if (snapshot) setPreview(planRepair(snapshot, { defaultStartYear: defaultStartYear() }));
  };
  const apply = async () => {
    if (!preview) return;
    if (await write(preview.edits, tp(lang, 'repairDone'))) setPreview(null);
  };
  return (
    <>
      <Button disabled={busy} onClick={() => void previewRepair()}>
        {tp(lang, 'previewRepair')}
      </Button>
      {preview && <PreviewNotes preview={preview} lang={lang} />}
      {preview && preview.changes.length > 0 && (
        <>
          <ChangeList changes={preview.changes} lang={lang} />
          <div className="tp-actions">
            <Button appearance="primary" disabled={busy} onClick={() => void apply()}>
              {tp(lang, 'applyRepair', { count: preview.changes.length })}
            </Button>
            <Button onClick={() => setPreview(null)}>{tp(lang, 'cancel')}</Button>
          </div>
        </>
      )}
    </>
  );
}

/** Nothing to change; the user's cells that kept a column out; each column held back. */
function PreviewNotes({ preview, lang }: { readonly preview: Preview; readonly lang: ViewProps['lang'] }) {
  return (
    <>
      {preview.changes.length === 0 && preview.held.length === 0 && <Text role="status">{tp(lang, 'noChanges')}</Text>}
      {preview.blocked.length > 0 && <Text role="alert">{repairBlockedText(preview.blocked, lang)}</Text>}
      {preview.held.map((h) => (
        <Text key={`${h.sheet}!${h.cell}`} role="alert">
          {heldColumnText(h, lang)}
        </Text>
      ))}
    </>
  );
}

/** Each change of the preview as a sentence. */
function ChangeList({
  changes,
  lang,
}: {
  readonly changes: readonly StructureChange[];
  readonly lang: ViewProps['lang'];
}) {
  return (
    <ul className="tp-list" aria-label={tp(lang, 'previewRepair')}>
      {changes.map((c, n) => (
        <li key={n} className="tp-item">
          {structureChangeText(c, lang)}
        </li>
      ))}
    </ul>
  );
}
