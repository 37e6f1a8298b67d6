/**
 * Struktur: create or repair the workbook's structure with a preview of every change, applied only on
 * confirmation; and roll the plan one year forward into a new workbook, after a confirmation dialog.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import {
  notCarried,
  planRepair,
  planRolledWorkbook,
  readPlan,
  rollBlocker,
  textAmounts,
  type Edit,
  type Finding,
  type HeldColumn,
  type StructureChange,
  type UserCell,
} from '../../domain';
import { heldColumnText, structureChangeText } from '../../i18n/structureChange';
import { repairBlockedText } from '../../i18n/userCells';
import { summaryText } from '../../i18n/sheets';
import { tp } from '../../i18n/taskpane';
import { rollNoteLines } from '../../i18n/roll';
import { paneErrorText, toPaneError } from '../errors';
import { NoteList } from '../components/NoteList';
import type { ViewProps } from '../components/types';
import { defaultStartYear } from '../hooks/usePlanCheck';
import { SaveVersionForm, todayIso } from './SaveVersionForm';

export interface StructureProps extends ViewProps {
  /**
   * Opens a new workbook built from `edits` (browser: replaces the open file, and shows `notes` above it;
   * Excel: a new window, the notes stay in this pane).
   */
  readonly openNew?: (edits: readonly Edit[], file: string, notes?: readonly string[]) => Promise<void>;
}

/** A planned repair: what it changes, its edits, the user's cells that kept a column out, and columns held back. */
interface RepairPreview {
  readonly changes: readonly StructureChange[];
  readonly edits: readonly Edit[];
  readonly blocked: readonly UserCell[];
  readonly held: readonly HeldColumn[];
}

const REFUSAL_KEY = { settings: 'rollRefusedSettings', table: 'rollRefusedTable', period: 'rollRefused' } as const;

/** Why the roll is refused, as the message that says so; null when it may go ahead. */
function refusalKey(findings: readonly Finding[]): (typeof REFUSAL_KEY)[keyof typeof REFUSAL_KEY] | null {
  const blocker = rollBlocker(findings);
  return blocker === null ? null : REFUSAL_KEY[blocker];
}

export function StructureView(props: StructureProps): JSX.Element {
  const { lang, result, readStructure, readForRoll, write, busy, openNew } = props;
  const [preview, setPreview] = useState<RepairPreview | null>(null);
  const [confirmRoll, setConfirmRoll] = useState(false);
  // What the last roll said (as the command line does): the new period, measures that left or were rescaled,
  // and what the new workbook does not carry; or why it failed.
  const [rolled, setRolled] = useState<{ readonly lines: readonly string[]; readonly failed: boolean } | null>(null);
  const { years } = result.plan;
  const from = (years[0] ?? result.plan.settings.startYear) + 1;
  const to = from + years.length - 1;
  // Settings that do not read or are not found would make the new period a guess, and a table not found would be
  // added anew, empty, its rows left unrolled: no roll until they are fixed (as the CLI).
  const refusedKey = refusalKey(result.findings);

  const apply = async () => {
    if (!preview) return;
    if (await write(preview.edits, tp(lang, 'repairDone'))) setPreview(null);
  };
  const roll = async () => {
    setConfirmRoll(false);
    setRolled(null);
    // The rolled workbook carries the earlier archives and saved versions, and names what it leaves beside the
    // tables: a roll read.
    const snapshot = openNew ? await readForRoll() : null;
    if (!openNew || !snapshot) return;
    // The plan and its findings from that one read, as the command line reads them: the workbook as it is now
    // (a figure typed a moment ago, whose change event has not arrived, included), not the pane's last check;
    // the findings say which amount cells hold a placeholder the roll keeps, and whether the roll may go ahead.
    const { plan, findings } = readPlan(snapshot, { defaultStartYear: defaultStartYear() });
    const refusal = refusalKey(findings);
    if (refusal) {
      setRolled({ lines: [tp(lang, refusal)], failed: true });
      return;
    }
    const r = planRolledWorkbook(snapshot, plan, { date: todayIso(), summaryText: summaryText(lang), findings });
    const typed = textAmounts(snapshot, findings, plan.settings.unit).map((t) => `${t.sheet}!${t.cell}`);
    const { startYear, yearCount } = r.content.settings;
    const years = { from: startYear, to: startYear + yearCount - 1 };
    const lines = [
      tp(lang, 'rollDone', { years: `${years.from}–${years.to}`, sheet: r.archiveSheet }),
      // The new workbook is made from the tables alone: her column widths, hidden columns and row and column groups
      // are not in it (Office.js reads no outline; the command line's roll keeps them on the file it copies).
      tp(lang, 'rollLooksNotCarried'),
      // Amounts typed as text ("200") are written as numbers, which Excel's own sums now count: named.
      ...rollNoteLines(
        { ...r, unit: r.content.settings.unit, notCarried: notCarried(snapshot, plan), textAmounts: typed },
        lang,
      ),
    ];
    try {
      await openNew(r.edits, `tiltaksplan-${years.from}-${years.to}.xlsx`, lines);
      setRolled({ lines, failed: false });
    } catch (e) {
      setRolled({ lines: [paneErrorText(lang, toPaneError(e))], failed: true });
    }
  };
  const previewRepair = async () => {
    const snapshot = await readStructure();
    if (snapshot) setPreview(planRepair(snapshot, { defaultStartYear: defaultStartYear() }));
  };

  return (
    <section aria-labelledby="structure-heading" className="tp-view">
      <h2 id="structure-heading" className="tp-heading">
        {tp(lang, 'tabStructure')}
      </h2>
      <Text>{tp(lang, 'structureIntro')}</Text>
      <Button disabled={busy} onClick={() => void previewRepair()}>
        {tp(lang, 'previewRepair')}
      </Button>
      {preview && preview.changes.length === 0 && preview.held.length === 0 && (
        <Text role="status">{tp(lang, 'noChanges')}</Text>
      )}
      {preview && preview.blocked.length > 0 && <Text role="alert">{repairBlockedText(preview.blocked, lang)}</Text>}
      {preview?.held.map((h) => (
        <Text key={`${h.sheet}!${h.cell}`} role="alert">
          {heldColumnText(h, lang)}
        </Text>
      ))}
      {preview && preview.changes.length > 0 && (
        <>
          <ul className="tp-list" aria-label={tp(lang, 'previewRepair')}>
            {preview.changes.map((c, n) => (
              <li key={n} className="tp-item">
                {structureChangeText(c, lang)}
              </li>
            ))}
          </ul>
          <div className="tp-actions">
            <Button appearance="primary" disabled={busy} onClick={() => void apply()}>
              {tp(lang, 'applyRepair', { count: preview.changes.length })}
            </Button>
            <Button onClick={() => setPreview(null)}>{tp(lang, 'cancel')}</Button>
          </div>
        </>
      )}
      <SaveVersionForm {...props} />
      <h3 className="tp-subheading">{tp(lang, 'rollForward')}</h3>
      <Text>{tp(lang, 'rollIntro')}</Text>
      {refusedKey && <Text role="status">{tp(lang, refusedKey)}</Text>}
      <Button disabled={busy || !openNew || refusedKey !== null} onClick={() => setConfirmRoll(true)}>
        {tp(lang, 'rollForward')}
      </Button>
      {rolled && <NoteList lines={rolled.lines} failed={rolled.failed} />}
      <Dialog open={confirmRoll} onOpenChange={(_, d) => setConfirmRoll(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{tp(lang, 'rollConfirmTitle')}</DialogTitle>
            <DialogContent>{tp(lang, 'rollConfirmBody', { from, to })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void roll()}>
                {tp(lang, 'confirm')}
              </Button>
              <Button onClick={() => setConfirmRoll(false)}>{tp(lang, 'cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
