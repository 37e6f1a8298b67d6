/**
/**
 * Avstemming: the measures against the economy plan, grouped by class (worst first) and within a class by
 * severity (errors, then warnings, then notes, as the text report lists them), each item with its difference,
 * its explanation and buttons to both compared cells; the projects whose financing was not compared; and the
 * button that writes the sheet.
 */
import { Badge, Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import {
  CLASS_ORDER,
  emptyEconomyYears,
  financingNotCompared,
  formatAmount,
  planReconciliation,
  reconciliationFormulaValues,
  type ReconciliationItem,
  type Severity,
  type Unit,
} from '../../domain';
import {
  explainReconciliation,
  financingNotComparedText,
  reconciliationClassLabel,
  reconciliationCodeLabel,
} from '../../i18n';
import { listText } from '../../i18n/listText';
import { reconciliationSheetText } from '../../i18n/sheets';
import { tp } from '../../i18n/taskpane';
import { userFormulasText } from '../../i18n/userFormulas';
import { keptBelowLines } from '../../i18n/keptBelow';
import { ShownList } from '../components/ShownList';
import { splitAddress, type ViewProps } from '../components/types';

const BADGE = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function ReconcileView({ lang, result, select, write, readStructure, busy }: ViewProps): JSX.Element {
  const items = result.report.reconciliation;
  const unit = result.plan.settings.unit;
  const explain = (item: ReconciliationItem) => explainReconciliation(item, lang, unit);
  // Projects whose Finansiering lines are in no item (SPEC §10): said, not left out in silence.
  const notCompared = financingNotCompared(result.plan, items);
  // A table's year headers not the period: the comparisons of its years wait for them (reconcile/unreadYears.ts).
  const held = (result.report.yearsHeld ?? []).length > 0;
  // Years the economy plan has no amount for yet (economy-plan-year-empty): their comparisons wait for the figures.
  const empty = emptyEconomyYears(result.plan);
  // The projects' financing adds up every year: said to wait too when a comparison of it does (Report.financingWaits).
  const financing = result.report.financingWaits === true ? ` ${tp(lang, 'reconciliationFinancingWaits')}` : '';
  const emptyText = `${tp(lang, 'reconciliationYearsEmpty', { years: listText(empty, lang) })}${financing}`;
  // The check read only Avstemming's kept columns: the plan must see every cell where the new table goes.
  const onWrite = async () => {
    const whole = await readStructure();
    if (!whole) return;
    const texts = reconciliationSheetText(lang, unit);
    // Formulas in a column she added to the table go in as the values they showed: said with the notice.
    const formulas = userFormulasText(reconciliationFormulaValues(whole), lang);
    const done = tp(lang, 'reconciliationWritten');
    const planned = planReconciliation(items, result.plan, whole, texts, result.report.yearsHeld ?? []);
    // The rows kept below the items for her words of items gone: how many and where (review r41).
    const kept = keptBelowLines(planned.ok ? (planned.keptBelow ?? []) : [], lang);
    await write(planned, [done, ...(formulas === null ? [] : [formulas]), ...kept].join(' '));
  };
  return (
    <section aria-labelledby="reconcile-heading" className="tp-view">
      <h2 id="reconcile-heading" className="tp-heading">
        {tp(lang, 'tabReconcile')}
      </h2>
      <Text>{tp(lang, 'reconcileIntro')}</Text>
      <Button appearance="primary" disabled={busy} onClick={() => void onWrite()}>
        {tp(lang, 'writeReconciliation')}
      </Button>
      {items.length === 0 && !held && empty.length === 0 && <Text>{tp(lang, 'noItems')}</Text>}
      {held && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{tp(lang, 'reconciliationYearsHeld')}</MessageBarBody>
        </MessageBar>
      )}
      {empty.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{emptyText}</MessageBarBody>
        </MessageBar>
      )}
      {notCompared.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{financingNotComparedText(notCompared, lang)}</MessageBarBody>
        </MessageBar>
      )}
      {CLASS_ORDER.map((cls) => {
        // Within a class the report's code order would put an unmatched line (a warning) before a frame's
        // error: the worst comes first, the report order kept among items of one severity.
        const group = SEVERITIES.flatMap((s) => items.filter((i) => i.class === cls && i.severity === s));
        if (group.length === 0) return null;
        return (
          <details key={cls} open={cls !== 'match' && cls !== 'rounding'} className="tp-group">
            <summary className="tp-subheading">{`${reconciliationClassLabel(cls, lang)} (${group.length})`}</summary>
            <ShownList lang={lang}>
              {group.map((item, n) => (
                <ReconcileItem
                  key={`${item.code}-${item.ref}-${item.year ?? item.source ?? ''}-${n}`}
                  {...{ item, lang, unit, select, explain }}
                />
              ))}
            </ShownList>
          </details>
        );
      })}
    </section>
  );
}

interface ItemProps {
  readonly item: ReconciliationItem;
  readonly lang: ViewProps['lang'];
  readonly unit: Unit;
  readonly select: ViewProps['select'];
  readonly explain: (item: ReconciliationItem) => string;
}

function ReconcileItem({ item, lang, unit, select, explain }: ItemProps): JSX.Element {
  const measureCell = splitAddress(item.cells.measures);
  const planCell = splitAddress(item.cells.economyPlan);
  const key = [item.ref, item.year ?? item.source].filter((x) => x !== undefined).join(' · ');
  return (
    <li className="tp-item">
      <div className="tp-item-head">
        <Badge appearance="tint" color={BADGE[item.severity]}>
          {reconciliationCodeLabel(item.code, lang)}
        </Badge>
        <strong>{key}</strong>
        <span className="tp-num">{`${tp(lang, 'difference')} ${formatAmount(item.difference, unit)}`}</span>
      </div>
      <Text size={200}>{explain(item)}</Text>
      <div className="tp-actions">
        {measureCell && (
          <Button size="small" onClick={() => select(measureCell.sheet, measureCell.cell)}>
            {`${tp(lang, 'goToMeasure')} (${measureCell.cell})`}
          </Button>
        )}
        {planCell && (
          <Button size="small" onClick={() => select(planCell.sheet, planCell.cell)}>
            {`${tp(lang, 'goToEconomyPlan')} (${planCell.cell})`}
          </Button>
        )}
      </div>
    </li>
  );
}
