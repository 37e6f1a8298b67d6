/**
 * The open file in plain-browser mode: which workbook, under which name, and where the selection is.
 * Opening the example on first load means `npm start` shows a checked plan at once.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Edit } from '../../domain';
import type { WorkbookPort } from '../../workbook/port';
import { defaultStartYear } from '../hooks/usePlanCheck';
import { buildXlsx, exampleEdits, openXlsx, type FileWorkbook } from './files';
import { withSelection, type Selection } from './selectionPort';
import type { Unreadable } from '../../i18n/unreadable';
import { unreadableOf } from '../errors';

export interface FileSession {
  readonly workbook: FileWorkbook | null;
  /** The workbook as the pane sees it: file adapter with selection going to the preview. */
  readonly port: WorkbookPort | null;
  readonly file: string;
  readonly selection: Selection | null;
  readonly loading: boolean;
  readonly error: string | null;
  readonly openFile: (f: File) => Promise<void>;
  readonly openExample: () => Promise<void>;
  /** Opens a workbook built from `edits` (a roll forward) under `file`; `notes` (what the roll said) show above it. */
  readonly openNew: (edits: readonly Edit[], file: string, notes?: readonly string[]) => Promise<void>;
  /** What the operation that made the open workbook said (a roll forward), until another file opens. */
  readonly notes: readonly string[];
  /**
   * The open workbook holds what exists in this page alone (a measure added, a roll's new workbook): changed since
   * it was opened or last downloaded. Opening another asks first, and so does leaving the page.
   */
  readonly unsaved?: boolean;
  /** The open workbook has been downloaded as it is. */
  readonly saved?: () => void;
}

/**
 * `openFailed` words a file that did not open; `otherFailed` anything else that went wrong (never the raw
 * error text: see ../errors.ts).
 */
export function useFileWorkbook(
  exampleFile: string,
  openFailed: (unreadable: Unreadable | undefined, file: string) => string,
  otherFailed: (error: unknown) => string,
): FileSession {
  const [workbook, setWorkbook] = useState<FileWorkbook | null>(null);
  const [file, setFile] = useState('');
  const [selection, setSelection] = useState<Selection | null>(null);
  const [loading, setLoading] = useState(false);
  // The latest words for other failures (they follow the language), without making `load` change with them.
  const otherFailedRef = useRef(otherFailed);
  otherFailedRef.current = otherFailed;
  const [error, setError] = useState<string | null>(null);
  const [notes, setNotes] = useState<readonly string[]>([]);
  const [unsaved, setUnsaved] = useState(false);

  const show = useCallback((wb: FileWorkbook, name: string, said?: readonly string[]) => {
    setWorkbook(wb);
    setFile(name);
    setSelection(null);
    setNotes(said ?? []);
    setUnsaved(false);
  }, []);

  const load = useCallback(
    async (make: () => Promise<FileWorkbook>, name: string, failure?: typeof openFailed) => {
      setLoading(true);
      setError(null);
      try {
        show(await make(), name);
      } catch (e) {
        setError(failure ? failure(unreadableOf(e), name) : otherFailedRef.current(e));
      } finally {
        setLoading(false);
      }
    },
    [show],
  );

  // A file whose zip directory is sound may still fail on its first read (a sheet that inflates too far or
  // declares a DOCTYPE): read it as the pane's first check will before it replaces the open workbook, so that
  // such a file fails like a damaged one (named, the old workbook still open). The workbook keeps that snapshot
  // for the check, which does not read the file again.
  const openFile = useCallback(
    (f: File) =>
      load(
        async () => {
          const wb = await openXlsx(await f.arrayBuffer());
          await wb.read();
          return wb;
        },
        f.name,
        openFailed,
      ),
    [load, openFailed],
  );
  const openExample = useCallback(
    () => load(() => buildXlsx(exampleEdits(defaultStartYear())), exampleFile),
    [load, exampleFile],
  );
  // A workbook the pane made (a roll): a failure goes to the caller, which says it where the user asked for it,
  // instead of beside a success message.
  const openNew = useCallback(
    async (edits: readonly Edit[], name: string, said?: readonly string[]) => {
      setLoading(true);
      setError(null);
      try {
        show(await buildXlsx(edits), name, said);
        // A workbook made here (a roll) is in no file until it is downloaded.
        setUnsaved(true);
      } finally {
        setLoading(false);
      }
    },
    [show],
  );

  useEffect(() => {
    void openExample();
    // Only on first load: later language switches must not replace the open file.
  }, []);

  // The browser's own «leave page?» question while the page holds what no file does (a reload, closing the tab).
  useEffect(() => {
    if (!unsaved) return;
    const guard = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [unsaved]);

  const saved = useCallback(() => setUnsaved(false), []);
  const port = useMemo(
    () => (workbook ? withSelection(workbook, setSelection, () => setUnsaved(true)) : null),
    [workbook],
  );
  return { workbook, port, file, selection, loading, error, openFile, openExample, openNew, notes, unsaved, saved };
}
