/**
 * What the pane says above its tabs: that it is checking or working, an operation's or a check's error (with
 * Kontroller på nytt), that Excel would not tell it of her edits, and what an operation did.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from '@fluentui/react-components';
import type { Lang } from '../../domain';
import { tp } from '../../i18n/taskpane';
import { paneErrorText } from '../errors';
import type { Action } from '../hooks/useAction';
import type { PlanCheck } from '../hooks/usePlanCheck';

interface Props {
  readonly lang: Lang;
  readonly check: Pick<PlanCheck, 'checking' | 'error' | 'watchFailed' | 'recheck'>;
  readonly action: Action;
}

export function PaneStatus({ lang, check, action }: Props): JSX.Element {
  const { recheck } = check;
  const error = action.error ?? check.error;
  return (
    <>
      {(check.checking || action.busy) && (
        <ProgressBar aria-label={tp(lang, check.checking ? 'checking' : 'working')} thickness="large" />
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tp(lang, 'errorTitle')}</MessageBarTitle>
            {paneErrorText(lang, error)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void recheck().then(action.dismiss)}>{tp(lang, 'recheck')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {check.watchFailed && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{tp(lang, 'watchFailed')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void recheck()}>{tp(lang, 'recheck')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {action.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{action.notice}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={action.dismiss}>{tp(lang, 'dismiss')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
