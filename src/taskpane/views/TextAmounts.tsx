/**
 * Amounts typed as text (SPEC §7 amount-text): the check counts them, Excel's own sums skip them, and the
 * product offers to convert them to real numbers. The officer sees every cell and the number it becomes before
 * anything is written; the edits are planned again on a fresh read when confirmed (the cells may have changed).
 */
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { planTextAmounts, textAmounts } from '../../domain';
import { numberText } from '../../i18n/numberText';
import { tp } from '../../i18n/taskpane';
import { ShownList } from '../components/ShownList';
import type { ViewProps } from '../components/types';

export function TextAmounts({ lang, result, snapshot, write, busy }: ViewProps): JSX.Element | null {
  const [open, setOpen] = useState(false);
  const amounts = textAmounts(snapshot, result.findings, result.plan.settings.unit);
  if (amounts.length === 0) return null;
  const convert = async () => {
    const done = await write(
      (fresh) => planTextAmounts(fresh.snapshot, fresh.result.findings, fresh.result.plan.settings.unit),
      tp(lang, 'textAmountsDone'),
    );
    if (done) setOpen(false);
  };
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <Text block>{tp(lang, 'textAmounts', { count: amounts.length })}</Text>
        {!open && (
          <Button disabled={busy} onClick={() => setOpen(true)}>
            {tp(lang, 'convertTextAmounts')}
          </Button>
        )}
        {open && (
          <>
            <ShownList lang={lang} label={tp(lang, 'textAmountsPreview')}>
              {amounts.map((a) => (
                <li key={`${a.sheet}!${a.cell}`} className="tp-item">
                  {tp(lang, 'textAmountLine', { ...a, number: numberText(a.number, lang) })}
                </li>
              ))}
            </ShownList>
            <div className="tp-actions">
              <Button appearance="primary" disabled={busy} onClick={() => void convert()}>
                {tp(lang, 'applyTextAmounts', { count: amounts.length })}
              </Button>
              <Button onClick={() => setOpen(false)}>{tp(lang, 'cancel')}</Button>
            </div>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
