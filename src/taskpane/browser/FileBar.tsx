/**
 * Plain-browser toolbar: open a workbook (button or drag and drop), open the example, download the workbook
 * with Sammendrag and Avstemming written, and download the report.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import type { Lang } from '../../domain';
import { downloadLeftText } from '../../i18n/userCells';
import { tp } from '../../i18n/taskpane';
import type { ToolbarContext } from '../components/Pane';
import { XlsxFileInput } from '../components/XlsxFileInput';
import { download, XLSX_TYPE } from './files';
import { downloadReport, type ReportFormat } from './reportFile';
import type { FileSession } from './useFileWorkbook';

interface Props extends ToolbarContext {
  readonly lang: Lang;
  readonly session: FileSession;
}

export function FileBar({ lang, session, result, snapshot, action, recheck }: Props): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  // Opening another workbook while this one holds what no file does (a measure added here): asked first.
  const [pending, setPending] = useState<(() => void) | null>(null);
  const busy = session.loading || action.busy;
  const guarded = (open: () => void) => (session.unsaved === true ? setPending(() => open) : open());

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const f = e.dataTransfer.files[0];
    if (f) guarded(() => void session.openFile(f));
  };
  // The measures she added live in this page alone: a user's cell in the way of Sammendrag or Avstemming leaves
  // that sheet as it was (and says so), never the whole download refused (SPEC §11: write around, or name the cell).
  const downloadWorkbook = () =>
    action.run(async () => {
      const wb = session.workbook;
      if (!wb || !result || !snapshot) return;
      const { downloadParts } = await import(/* webpackChunkName: "download" */ './downloadParts');
      const { parts, formulas } = downloadParts(result, snapshot, lang);
      await wb.apply(parts.flatMap((p) => (p.ok ? p.edits : [])));
      download(await wb.toBuffer(), session.file || 'tiltaksplan.xlsx', XLSX_TYPE);
      session.saved?.();
      await recheck();
      const blocked = parts.flatMap((p) => (p.ok ? [] : p.blocked));
      const left = blocked.length > 0 ? downloadLeftText(blocked, lang) : null;
      return [left, formulas].filter((t) => t !== null).join(' ') || undefined;
    });
  const report = (format: ReportFormat) =>
    action.run(async () => {
      if (result) await downloadReport(result, lang, session.file, format);
    });

  return (
    <div
      className={dragging ? 'tp-filebar tp-dragging' : 'tp-filebar'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="tp-actions">
        <Button appearance="primary" disabled={busy} onClick={() => guarded(() => input.current?.click())}>
          {tp(lang, 'openWorkbook')}
        </Button>
        <Button disabled={busy} onClick={() => guarded(() => void session.openExample())}>
          {tp(lang, 'openExample')}
        </Button>
        <XlsxFileInput
          ref={input}
          label={tp(lang, 'openWorkbook')}
          testId="file-input"
          onFile={(f) => void session.openFile(f)}
        />
      </div>
      <Text size={200}>{tp(lang, 'dropHint')}</Text>
      {session.file && (
        <Text size={200} weight="semibold">
          {tp(lang, 'fileLabel', { file: session.file })}
        </Text>
      )}
      <div className="tp-actions">
        <Button disabled={busy || !result} onClick={() => void downloadWorkbook()}>
          {tp(lang, 'downloadWorkbook')}
        </Button>
        <Button disabled={busy || !result} onClick={() => void report('html')}>
          {tp(lang, 'downloadReportHtml')}
        </Button>
        <Button disabled={busy || !result} onClick={() => void report('json')}>
          {tp(lang, 'downloadReport')}
        </Button>
      </div>
      {/* Asked in the bar, not in a modal Dialog: Fluent's Dialog would bring 15 KB (gzip) into the main bundle
          (taskpane.main_gzip_kb 238 → 254 against 250), where it is needed only in this rare moment. */}
      {pending !== null && (
        <div role="dialog" aria-labelledby="tp-unsaved-title">
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle id="tp-unsaved-title">{tp(lang, 'unsavedTitle')}</MessageBarTitle>
              {tp(lang, 'unsavedBody')}
            </MessageBarBody>
            <MessageBarActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setPending(null);
                  void downloadWorkbook();
                }}
              >
                {tp(lang, 'downloadWorkbook')}
              </Button>
              <Button
                onClick={() => {
                  pending?.();
                  setPending(null);
                }}
              >
                {tp(lang, 'openAnyway')}
              </Button>
              <Button onClick={() => setPending(null)}>{tp(lang, 'cancel')}</Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
    </div>
  );
}
