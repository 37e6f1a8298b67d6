/** Oversikt: the plan's period and unit, counts by severity, and one big status — ready, or what blocks it. */
import { Badge, Button, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { countSeverities, type CheckResult, type Lang } from '../../domain';
import { explainReconciliation } from '../../i18n';
import { listedCounts } from '../../i18n/listedIssues';
import { tp } from '../../i18n/taskpane';
import { EconomyPlanNote, isEconomyPlanOnly } from '../components/EconomyPlanNote';
import { splitAddress, type ViewProps } from '../components/types';

/** The first thing that keeps the plan from being ready: a finding first, else a reconciliation error. */
export interface Blocker {
  readonly text: string;
  /** Where to jump, when the blocker has a cell. */
  readonly at: { readonly sheet: string; readonly cell: string } | null;
}

export function firstBlocker(result: CheckResult, lang: Lang): Blocker | null {
  const issue = result.report.issues.find((i) => i.severity === 'error');
  if (issue) return { text: tp(lang, 'statusBlockedHint', { first: issue.message }), at: issue };
  const item = result.report.reconciliation.find((i) => i.severity === 'error');
  if (!item) return null;
  const first = explainReconciliation(item, lang, result.plan.settings.unit);
  const at = splitAddress(item.cells.measures) ?? splitAddress(item.cells.economyPlan);
  return { text: tp(lang, 'statusBlockedReconcile', { first }), at };
}

export function OverviewView({ lang, result, select }: ViewProps): JSX.Element {
  const { settings, years, operating, investment } = result.plan;
  const { summary } = result.report;
  // The sheets' findings as Kontroll lists them (a row's amount-precision warnings once, listedIssues.ts), with the
  // reconciliation's warnings, which Avstemming lists one per item.
  const listed = listedCounts(result, lang);
  const warnings = listed.warnings + countSeverities(result.report.reconciliation).warnings;
  const blocker = summary.errors > 0 ? firstBlocker(result, lang) : null;
  const period = years.length > 0 ? `${years[0]}–${years[years.length - 1]}` : String(settings.startYear);
  return (
    <section aria-labelledby="overview-heading" className="tp-view">
      <h2 id="overview-heading" className="tp-heading">
        {tp(lang, 'tabOverview')}
      </h2>
      {isEconomyPlanOnly(result) ? (
        <EconomyPlanNote lang={lang} />
      ) : summary.errors > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tp(lang, 'statusBlocked', { count: summary.errors })}</MessageBarTitle>
            {blocker?.text}{' '}
            {blocker?.at && (
              <Button
                size="small"
                appearance="transparent"
                onClick={() => blocker.at && select(blocker.at.sheet, blocker.at.cell)}
              >
                {tp(lang, 'goToCell', { sheet: blocker.at.sheet, cell: blocker.at.cell })}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tp(lang, 'statusReady')}</MessageBarTitle>
            {tp(lang, 'statusReadyHint')}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className="tp-badges" role="group" aria-label={tp(lang, 'tabCheck')}>
        <Badge appearance="filled" color="danger">{`${tp(lang, 'errors')}: ${summary.errors}`}</Badge>
        <Badge appearance="filled" color="warning">{`${tp(lang, 'warnings')}: ${warnings}`}</Badge>
        {/* Notes are the sheets' own: the reconciliation's infos are matches (thousands in a big plan), shown apart. */}
        <Badge appearance="tint" color="informative">{`${tp(lang, 'infos')}: ${listed.infos}`}</Badge>
        <Badge
          appearance="tint"
          color="success"
        >{`${tp(lang, 'matching')}: ${countSeverities(result.report.reconciliation).infos}`}</Badge>
      </div>
      <dl className="tp-facts">
        <dt>{tp(lang, 'planName')}</dt>
        <dd>{settings.planName || '–'}</dd>
        <dt>{tp(lang, 'planPeriod')}</dt>
        <dd>{period}</dd>
        <dt>{tp(lang, 'unit')}</dt>
        <dd>{settings.unit}</dd>
        <dt>{tp(lang, 'priceLevel')}</dt>
        <dd>{settings.priceLevel || '–'}</dd>
        <dt>{tp(lang, 'economyPlanVersion')}</dt>
        <dd>{settings.economyPlanVersion || '–'}</dd>
        <dt>{tp(lang, 'measures')}</dt>
        <dd>
          <Text>{`${tp(lang, 'operating')} ${operating.length} · ${tp(lang, 'investment')} ${investment.length}`}</Text>
        </dd>
      </dl>
    </section>
  );
}
