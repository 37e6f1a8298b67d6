/**
 * What the pane shows while it waits for Excel, or when Excel does not come (office.ts, HostState): a spinner
 * with "Venter på Excel …", then what to do. The language is the browser's: Office has not told its own yet.
 */
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { detectLang } from '../../i18n/lang';
import { tp, type TaskpaneKey } from '../../i18n/taskpane';
import { useDarkMode } from '../hooks/useDarkMode';
import type { HostState } from '../office';

const PROBLEM: Partial<Record<HostState, TaskpaneKey>> = {
  'no-answer': 'hostNoAnswer',
  'load-failed': 'hostLoadFailed',
  'not-excel': 'hostNotExcel',
};

export interface HostStatusProps {
  readonly state: HostState;
  readonly langTag?: string | null;
}

export function HostStatus({ state, langTag }: HostStatusProps): JSX.Element {
  const lang = detectLang(langTag);
  const dark = useDarkMode(undefined);
  const problem = PROBLEM[state];
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className="tp-root" lang={lang}>
      <main className="tp-main">
        {state !== 'load-failed' && state !== 'not-excel' && <Spinner label={tp(lang, 'hostWaiting')} />}
        {problem && (
          <MessageBar intent={state === 'no-answer' ? 'warning' : 'error'} layout="multiline">
            <MessageBarBody>{tp(lang, problem)}</MessageBarBody>
          </MessageBar>
        )}
      </main>
    </FluentProvider>
  );
}
