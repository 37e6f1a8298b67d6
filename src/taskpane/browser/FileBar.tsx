/**
 * Plain-browser toolbar: open a workbook (button or drag and drop), open the example, download the workbook
 * with Sammendrag and Avstemming written, and download the report.
 */
import { Button, Text } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import type { Lang } from '../../domain';
import { tp } from '../../i18n/taskpane';
import type { ToolbarContext } from '../components/Pane';
import { XlsxFileInput } from '../components/XlsxFileInput';
import { downloadReport, type ReportFormat } from './reportFile';
import { UnsavedAsk } from './UnsavedAsk';
import type { FileSession } from './useFileWorkbook';
import { downloadWorkbook } from './workbookDownload';

interface Props extends ToolbarContext {
  readonly lang: Lang;
  readonly session: FileSession;
}

export function FileBar({ lang, session, result, snapshot, action, recheck }: Props): JSX.Element {
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
  const saveWorkbook = () => action.run(() => downloadWorkbook(session, result, snapshot, lang, recheck));
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
      <OpenButtons lang={lang} session={session} busy={busy} guarded={guarded} />
      <Text size={200}>{tp(lang, 'dropHint')}</Text>
      {session.file && (
        <Text size={200} weight="semibold">
          {tp(lang, 'fileLabel', { file: session.file })}
        </Text>
      )}
      <DownloadButtons lang={lang} disabled={busy || !result} onWorkbook={saveWorkbook} onReport={report} />
      {pending !== null && (
        <UnsavedAsk
          lang={lang}
          onDownload={() => {
            setPending(null);
            void saveWorkbook();
          }}
          onOpenAnyway={() => {
            pending?.();
            setPending(null);
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  );
}

interface OpenButtonsProps {
  readonly lang: Lang;
  readonly session: FileSession;
  readonly busy: boolean;
  /** Opens at once, or after asking when the open workbook holds what no file does. */
  readonly guarded: (open: () => void) => void;
}

/** Open a workbook (through the hidden file input) or the example. */
function OpenButtons({ lang, session, busy, guarded }: OpenButtonsProps): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  return (
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
  );
}

interface DownloadButtonsProps {
  readonly lang: Lang;
  readonly disabled: boolean;
  readonly onWorkbook: () => Promise<unknown>;
  readonly onReport: (format: ReportFormat) => Promise<unknown>;
}

/** Download the workbook with Sammendrag and Avstemming written, or the report as HTML or JSON. */
function DownloadButtons({ lang, disabled, onWorkbook, onReport }: DownloadButtonsProps): JSX.Element {
  return (
    <div className="tp-actions">
      <Button disabled={disabled} onClick={() => void onWorkbook()}>
        {tp(lang, 'downloadWorkbook')}
      </Button>
      <Button disabled={disabled} onClick={() => void onReport('html')}>
        {tp(lang, 'downloadReportHtml')}
      </Button>
      <Button disabled={disabled} onClick={() => void onReport('json')}>
        {tp(lang, 'downloadReport')}
      </Button>
    </div>
  );
}
