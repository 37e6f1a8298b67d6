/**
 * Opening another workbook while this one holds what no file does (a measure added here): asked first, in the bar.
 * Not a modal Dialog: Fluent's Dialog would bring 15 KB (gzip) into the main bundle (taskpane.main_gzip_kb 238 → 254
 * against 250), where it is needed only in this rare moment.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../../domain';
import { tp } from '../../i18n/taskpane';

interface UnsavedAskProps {
  readonly lang: Lang;
  readonly onDownload: () => void;
  readonly onOpenAnyway: () => void;
  readonly onCancel: () => void;
}

/** Download this workbook first, open the other anyway, or cancel. */
export function UnsavedAsk({ lang, onDownload, onOpenAnyway, onCancel }: UnsavedAskProps): JSX.Element {
  return (
    <div role="dialog" aria-labelledby="tp-unsaved-title">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="tp-unsaved-title">{tp(lang, 'unsavedTitle')}</MessageBarTitle>
          {tp(lang, 'unsavedBody')}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={onDownload}>
            {tp(lang, 'downloadWorkbook')}
          </Button>
          <Button onClick={onOpenAnyway}>{tp(lang, 'openAnyway')}</Button>
          <Button onClick={onCancel}>{tp(lang, 'cancel')}</Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
