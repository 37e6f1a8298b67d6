/**
 * Endringer (SPEC §14): the open plan compared with one of the workbook's saved versions, or (in a plain
 * browser) with a second opened file: what was added, removed and changed, the totals per year and the change
 * in new money as a chart; in a plain browser also the change report as a printable HTML download.
 */
import { Button, Field, MessageBar, MessageBarBody, Select, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  comparePlans,
  findVersions,
  newestVersionDate,
  planVersion,
  readPlan,
  readVersion,
  savedVersion,
  type ChangeSet,
  type ComparedVersion,
  type Lang,
  type WorkbookSnapshot,
} from '../../domain';
import { ct } from '../../i18n/compare';
import { tp } from '../../i18n/taskpane';
import type { ViewProps } from '../components/types';
import { XlsxFileInput } from '../components/XlsxFileInput';
import { useKept } from '../hooks/useKept';
import { paneErrorText, toPaneError } from '../errors';
import { defaultStartYear } from '../hooks/usePlanCheck';
import { ChangesResult } from './ChangesResult';
import { otherFailedText, refusalsOf, warningsOf } from './changesNotices';

/** What only a plain browser can do here: open a second file, download the report. */
export interface CompareFiles {
  read(file: File): Promise<WorkbookSnapshot>;
  downloadReport(diff: ChangeSet, lang: Lang, workbook: string): Promise<void>;
}

export interface ChangesProps extends ViewProps {
  readonly compareFiles?: CompareFiles;
}

const FILE = 'file';
const sheetChoice = (sheet: string): string => `sheet:${sheet}`;

/** The older side: a second file's plan, or a saved version of this workbook (its period is its header's). */
function olderPlan(
  choice: string,
  snapshot: WorkbookSnapshot,
  other: OtherFile | null,
  file: string,
): ComparedVersion | null {
  if (choice === FILE && other) {
    const read = readPlan(other.snapshot, { defaultStartYear: defaultStartYear() });
    // A workbook is at least as new as the newest version it holds (domain: compare/order.ts).
    return { ...planVersion(read, other.name, other.name), date: newestVersionDate(findVersions(other.snapshot)) };
  }
  if (!choice.startsWith('sheet:')) return null;
  const version = readVersion(snapshot, choice.slice('sheet:'.length));
  return version && savedVersion(version, file);
}

interface OtherFile {
  readonly name: string;
  readonly snapshot: WorkbookSnapshot;
}

export function ChangesView(props: ChangesProps): JSX.Element {
  const { lang, result, compareFiles, readVersions } = props;
  // Saved versions are hidden sheets a check does not read (Excel): one versions read when the view opens, of
  // those sheets only. The plan compared is the last check's, kept current by the re-check after every change.
  const [whole, setWhole] = useState<WorkbookSnapshot | null>(null);
  useEffect(() => {
    let live = true;
    void readVersions().then((s) => live && setWhole(s));
    return () => {
      live = false;
    };
  }, [readVersions]);
  const snapshot = whole ?? props.snapshot;
  const versions = useMemo(() => findVersions(snapshot), [snapshot]);
  const last = versions[versions.length - 1];
  // What she compares with, a version she picked or a second file she opened, is kept while she looks at another
  // tab (useKept): the file is not asked for again. Not picked: the latest version, as the workbook has it now.
  const [picked, setChoice] = useKept<string | null>(props.kept, 'changes picked', null);
  const choice = picked ?? (last ? sheetChoice(last.sheet) : '');
  const [other, setOther] = useKept<OtherFile | null>(props.kept, 'changes other file', null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const file = result.report.file;

  const older = useMemo(() => olderPlan(choice, snapshot, other, file), [choice, snapshot, other, file]);
  const refusals = older ? refusalsOf(lang, older, file, result) : [];
  const refused = refusals.length > 0;
  const diff = useMemo(
    () =>
      older &&
      !refused &&
      comparePlans(older.plan, result.plan, {
        old: { file: older.file, label: older.label, findings: older.findings },
        new: { file, label: file, findings: result.findings },
      }),
    [older, refused, file, result.plan, result.findings],
  );
  const warnings = older && diff ? warningsOf(lang, older, file, result, newestVersionDate(versions)) : [];

  const openOther = async (f: File) => {
    setError(null);
    try {
      setOther({ name: f.name, snapshot: await (compareFiles as CompareFiles).read(f) });
      setChoice(FILE);
    } catch (e) {
      setError(otherFailedText(lang, toPaneError(e), f.name));
    }
  };

  return (
    <section aria-labelledby="changes-heading" className="tp-view">
      <h2 id="changes-heading" className="tp-heading">
        {tp(lang, 'tabChanges')}
      </h2>
      <Field label={ct(lang, 'compareWith')}>
        <Select value={choice} onChange={(_, d) => setChoice(d.value)}>
          <option value="">{ct(lang, 'chooseVersion')}</option>
          {versions.map((v) => (
            <option key={v.sheet} value={sheetChoice(v.sheet)}>
              {ct(lang, 'versionOption', { label: v.label, sheet: v.sheet, date: v.date })}
            </option>
          ))}
          {other && <option value={FILE}>{ct(lang, 'otherFile', { file: other.name })}</option>}
        </Select>
      </Field>
      {versions.length === 0 && !other && <Text>{ct(lang, 'noVersions')}</Text>}
      {compareFiles && (
        <>
          <Button onClick={() => input.current?.click()}>{ct(lang, 'openOther')}</Button>
          <XlsxFileInput
            ref={input}
            label={ct(lang, 'openOther')}
            testId="compare-file-input"
            onFile={(f) => void openOther(f)}
          />
        </>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {diff && compareFiles && (
        <Button
          appearance="primary"
          onClick={() =>
            void compareFiles
              .downloadReport(diff, lang, file)
              .catch((e) => setError(paneErrorText(lang, toPaneError(e))))
          }
        >
          {ct(lang, 'downloadHtml')}
        </Button>
      )}
      {refusals.map((r) => (
        <MessageBar key={r} intent="error" layout="multiline">
          <MessageBarBody>{r}</MessageBarBody>
        </MessageBar>
      ))}
      {warnings.map(
        (w) =>
          w && (
            <MessageBar key={w} intent="warning" layout="multiline">
              <MessageBarBody>{w}</MessageBarBody>
            </MessageBar>
          ),
      )}
      {diff && <ChangesResult {...props} diff={diff} />}
    </section>
  );
}
