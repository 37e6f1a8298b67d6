/**
 * Endringer (SPEC §14): the open plan compared with one of the workbook's saved versions, or (in a plain
 * browser) with a second opened file: what was added, removed and changed, the totals per year and the change
 * in new money as a chart; in a plain browser also the change report as a printable HTML download.
 */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChangeSet, Lang, WorkbookSnapshot } from '../../domain';
import { ct } from '../../i18n/compare';
import { tp } from '../../i18n/taskpane';
import type { ViewProps } from '../components/types';
import { useKept } from '../hooks/useKept';
import { paneErrorText, toPaneError } from '../errors';
import { ChangesChoice, OpenOtherFile } from './ChangesChoice';
import { ChangesResult } from './ChangesResult';
import { otherFailedText } from './changesNotices';
import { FILE, sheetChoice, useChangeSet, useVersionsSnapshot, type OtherFile } from './useChangeSet';

/** What only a plain browser can do here: open a second file, download the report. */
export interface CompareFiles {
  read(file: File): Promise<WorkbookSnapshot>;
  downloadReport(diff: ChangeSet, lang: Lang, workbook: string): Promise<void>;
}

export interface ChangesProps extends ViewProps {
  readonly compareFiles?: CompareFiles;
}

export function ChangesView(props: ChangesProps): JSX.Element {
  const { lang, result, compareFiles, readVersions } = props;
  // The plan compared is the last check's, kept current by the re-check after every change.
  const { snapshot, versions } = useVersionsSnapshot(readVersions, props.snapshot);
  const last = versions[versions.length - 1];
  // What she compares with, a version she picked or a second file she opened, is kept while she looks at another
  // tab (useKept): the file is not asked for again. Not picked: the latest version, as the workbook has it now.
  const [picked, setChoice] = useKept<string | null>(props.kept, 'changes picked', null);
  const choice = picked ?? (last ? sheetChoice(last.sheet) : '');
  const [other, setOther] = useKept<OtherFile | null>(props.kept, 'changes other file', null);
  const [error, setError] = useState<string | null>(null);
  const file = result.report.file;
  const { diff, refusals, warnings } = useChangeSet({ lang, choice, snapshot, other, versions, result });

  const openOther = async (f: File) => {
    setError(null);
    try {
      setOther({ name: f.name, snapshot: await (compareFiles as CompareFiles).read(f) });
      setChoice(FILE);
    } catch (e) {
      setError(otherFailedText(lang, toPaneError(e), f.name));
    }
  };
  const downloadReport = (files: CompareFiles, changes: ChangeSet) =>
    void files.downloadReport(changes, lang, file).catch((e) => setError(paneErrorText(lang, toPaneError(e))));

  return (
    <section aria-labelledby="changes-heading" className="tp-view">
      <h2 id="changes-heading" className="tp-heading">
        {tp(lang, 'tabChanges')}
      </h2>
      <ChangesChoice {...{ lang, choice, versions, other, setChoice }} />
      {compareFiles && <OpenOtherFile lang={lang} onFile={(f) => void openOther(f)} />}
      {error && <Bar intent="error" text={error} />}
      {diff && compareFiles && (
        <Button appearance="primary" onClick={() => downloadReport(compareFiles, diff)}>
          {ct(lang, 'downloadHtml')}
        </Button>
      )}
      {refusals.map((r) => (
        <Bar key={r} intent="error" text={r} />
      ))}
      {warnings.map((w) => w && <Bar key={w} intent="warning" text={w} />)}
      {diff && <ChangesResult {...props} diff={diff} />}
    </section>
  );
}

/** One sentence in a message bar that wraps. */
function Bar({ intent, text }: { readonly intent: 'error' | 'warning'; readonly text: string }) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
