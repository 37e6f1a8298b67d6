/**
 * Finance's economy plan workbook (SPEC §15: tblOkonomiplan and no measure table) is no plan to repair: its check
 * finds the measure tables missing and every line without a measure. Oversikt and Kontroll say what it is instead,
 * and where plans are checked against it.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { hasMeasureTable, type CheckResult, type Lang } from '../../domain';
import { tp } from '../../i18n/taskpane';

/** Whether the checked workbook is an economy plan alone: an economy plan table, neither measure table. */
export const isEconomyPlanOnly = (result: CheckResult): boolean =>
  !hasMeasureTable(result.plan) && result.plan.layouts.economyPlan !== null;

export function EconomyPlanNote({ lang }: { readonly lang: Lang }): JSX.Element {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{tp(lang, 'economyPlanTitle')}</MessageBarTitle>
        {tp(lang, 'economyPlanHint', { action: tp(lang, 'openSeveral') })}
      </MessageBarBody>
    </MessageBar>
  );
}
