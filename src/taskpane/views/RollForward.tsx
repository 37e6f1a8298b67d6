/** Struktur's roll forward: the plan one year on, in a new workbook, after a confirmation dialog. */
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
  planRolledWorkbook,
  readPlan,
  rollBlocker,
  textAmounts,
  type Edit,
  type Finding,
  type Lang,
  type WorkbookSnapshot,
} from '../../domain';
import { summaryText } from '../../i18n/sheets';
import { tp } from '../../i18n/taskpane';
import { rollNoteLines } from '../../i18n/roll';
import { paneErrorText, toPaneError } from '../errors';
import { NoteList } from '../components/NoteList';
import { defaultStartYear } from '../hooks/usePlanCheck';
import type { ViewProps } from '../components/types';
import { todayIso } from './SaveVersionForm';

const REFUSAL_KEY = { settings: 'rollRefusedSettings', table: 'rollRefusedTable', period: 'rollRefused' } as const;

/** Why the roll is refused, as the message that says so; null when it may go ahead. */
function refusalKey(findings: readonly Finding[]): (typeof REFUSAL_KEY)[keyof typeof REFUSAL_KEY] | null {
  const blocker = rollBlocker(findings);
  return blocker === null ? null : REFUSAL_KEY[blocker];
}

/** What the last roll said (as the command line does), or why it failed. */
interface Rolled {
  readonly lines: readonly string[];
  readonly failed: boolean;
}

/** The rolled workbook planned from a roll read, with its file name and what it tells; or why it is refused. */
function planPaneRoll(
  snapshot: WorkbookSnapshot,
  lang: Lang,
): { readonly refused: string } | { readonly edits: readonly Edit[]; readonly file: string; readonly lines: string[] } {
  // The plan and its findings from that one read, as the command line reads them: the workbook as it is now
  // (a figure typed a moment ago, whose change event has not arrived, included), not the pane's last check;
  // the findings say which amount cells hold a placeholder the roll keeps, and whether the roll may go ahead.
  const { plan, findings } = readPlan(snapshot, { defaultStartYear: defaultStartYear() });
  const refusal = refusalKey(findings);
  if (refusal) return { refused: tp(lang, refusal) };
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
  return { edits: r.edits, file: `tiltaksplan-${years.from}-${years.to}.xlsx`, lines };
}

/**
 * Opens a new workbook built from `edits` (browser: replaces the open file, and shows `notes` above it;
 * Excel: a new window, the notes stay in this pane).
 */
export type OpenNew = (edits: readonly Edit[], file: string, notes?: readonly string[]) => Promise<void>;

interface RollProps extends Pick<ViewProps, 'lang' | 'result' | 'readForRoll' | 'busy'> {
  readonly openNew?: OpenNew;
}

/** The roll's heading, its button (off while the check refuses it), what the last roll said, and the dialog. */
export function RollForward({ lang, result, readForRoll, busy, openNew }: RollProps): JSX.Element {
  const [confirmRoll, setConfirmRoll] = useState(false);
  const [rolled, setRolled] = useState<Rolled | null>(null);
  // Settings that do not read or are not found would make the new period a guess, and a table not found would be
  // added anew, empty, its rows left unrolled: no roll until they are fixed (as the CLI).
  const refusedKey = refusalKey(result.findings);
  const roll = async () => {
    setConfirmRoll(false);
    setRolled(null);
    // The rolled workbook carries the earlier archives and saved versions, and names what it leaves beside the
    // tables: a roll read.
    const snapshot = openNew ? await readForRoll() : null;
    if (!openNew || !snapshot) return;
    const planned = planPaneRoll(snapshot, lang);
    if ('refused' in planned) {
      setRolled({ lines: [planned.refused], failed: true });
      return;
    }
    try {
      await openNew(planned.edits, planned.file, planned.lines);
      setRolled({ lines: planned.lines, failed: false });
    } catch (e) {
      setRolled({ lines: [paneErrorText(lang, toPaneError(e))], failed: true });
    }
  };
  return (
    <>
      <h3 className="tp-subheading">{tp(lang, 'rollForward')}</h3>
      <Text>{tp(lang, 'rollIntro')}</Text>
      {refusedKey && <Text role="status">{tp(lang, refusedKey)}</Text>}
      <Button disabled={busy || !openNew || refusedKey !== null} onClick={() => setConfirmRoll(true)}>
        {tp(lang, 'rollForward')}
      </Button>
      {rolled && <NoteList lines={rolled.lines} failed={rolled.failed} />}
      <RollDialog
        lang={lang}
        period={nextPeriod(result.plan.years, result.plan.settings.startYear)}
        open={confirmRoll}
        setOpen={setConfirmRoll}
        onConfirm={() => void roll()}
      />
    </>
  );
}

/** The period one year on from the plan's: its first and last year. */
function nextPeriod(years: readonly number[], startYear: number): { readonly from: number; readonly to: number } {
  const from = (years[0] ?? startYear) + 1;
  return { from, to: from + years.length - 1 };
}

interface RollDialogProps {
  readonly lang: Lang;
  readonly period: { readonly from: number; readonly to: number };
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  readonly onConfirm: () => void;
}

/** Asks her to confirm the roll into the period named. */
function RollDialog({ lang, period, open, setOpen, onConfirm }: RollDialogProps): JSX.Element {
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{tp(lang, 'rollConfirmTitle')}</DialogTitle>
          <DialogContent>{tp(lang, 'rollConfirmBody', period)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {tp(lang, 'confirm')}
            </Button>
            <Button onClick={() => setOpen(false)}>{tp(lang, 'cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
