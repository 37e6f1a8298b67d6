/** The pane in a plain browser: the file bar, the checked plan of the open file, and the sheet preview. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../../domain';
import type { Unreadable } from '../../i18n/unreadable';
import { tp } from '../../i18n/taskpane';
import { NoteList } from '../components/NoteList';
import { lazyView, OnDemand } from '../components/OnDemand';
import { Pane } from '../components/Pane';
import type { KeptState } from '../hooks/useKept';
import { browserCompareFiles } from './compareFiles';
import { openFailedMessage, paneErrorText, toPaneError } from '../errors';
import { FileBar } from './FileBar';
import { SheetPreview } from './SheetPreview';
import { useFileWorkbook } from './useFileWorkbook';

// Åpne flere planer, with the consolidation and its report, is loaded when first opened (OnDemand.tsx).
const ConsolidationView = lazyView(() =>
  import(/* webpackChunkName: "consolidation" */ './ConsolidationView').then((m) => m.ConsolidationView),
);

export function BrowserPane({ lang }: { readonly lang: Lang }): JSX.Element {
  // The reason (password, old .xls, damaged, too many cells on a sheet …) in the command line's words, then what to do.
  // It names the file: the file bar still names the one that stays open.
  const openFailed = (unreadable: Unreadable | undefined, file: string): string =>
    openFailedMessage(lang, unreadable, file);
  const session = useFileWorkbook(tp(lang, 'exampleFile'), openFailed, (e) => paneErrorText(lang, toPaneError(e)));
  const { port, selection, loading, error } = session;
  // SPEC §15: several plans against one economy plan, instead of the one open file.
  const [several, setSeveral] = useState(false);
  // The plans and economy plan she chose there, and their check, are kept while she looks at the one open plan.
  const [consolidationKept] = useState<KeptState>(() => new Map());
  const toggle = (
    <Button appearance="subtle" onClick={() => setSeveral(!several)}>
      {tp(lang, several ? 'backToOne' : 'openSeveral')}
    </Button>
  );
  if (several)
    return (
      <>
        {toggle}
        <OnDemand lang={lang}>
          <ConsolidationView lang={lang} read={browserCompareFiles.read} kept={consolidationKept} />
        </OnDemand>
      </>
    );
  return (
    <>
      {toggle}
      {loading && <ProgressBar aria-label={tp(lang, 'working')} thickness="large" />}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tp(lang, 'errorTitle')}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {session.notes.length > 0 && <NoteList lines={session.notes} />}
      {port && (
        <Pane
          key={session.file}
          port={port}
          file={session.file}
          lang={lang}
          openNew={session.openNew}
          compareFiles={browserCompareFiles}
          toolbar={(ctx) => <FileBar lang={lang} session={session} {...ctx} />}
          preview={(snapshot) => selection && <SheetPreview lang={lang} snapshot={snapshot} selection={selection} />}
        />
      )}
    </>
  );
}
