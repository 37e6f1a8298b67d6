/** Summer: totals per year and financing source, per section, frame and plan area, with a cost chart. */
import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { frameByLineText, type Totals, type Unit } from '../../domain';
import { fieldLabel } from '../../i18n/fieldLabel';
import { listText } from '../../i18n/listText';
import { summaryText } from '../../i18n/sheets';
import { tp } from '../../i18n/taskpane';
import { AmountTable } from '../components/AmountTable';
import type { ViewProps } from '../components/types';
import { buildBars, CHART_SOURCES } from './chartData';
import { CostChart } from './CostChart';
import {
  buildInvestmentRows,
  buildOperatingRows,
  type InvestmentRows,
  type Label,
  type OperatingRows,
} from './totalsRows';

/**
 * A column of a workbook column's amounts is headed by its header as the workbook spells it, in every language,
 * like the financing sources (the glossary's rule, src/i18n/glossary.ts): the reader finds the column by it.
 */
const PERIOD_SUM = fieldLabel({ field: 'periodSum' }, 'operating');
const FULL_YEAR = fieldLabel({ field: 'fullYear' }, 'operating');
const NEW_MONEY = fieldLabel({ field: 'finNew' }, 'operating');
const BUDGET = fieldLabel({ field: 'budget' }, 'investment');

/**
 * Sammendrag's sentence that a measure table's year headers are not the period, naming the plan years without a
 * column, whose 0 below was not read (Totals.yearsNotRead); null when every plan year has a column.
 */
function yearsNotReadText(lang: ViewProps['lang'], unread: Totals['yearsNotRead']): string | null {
  const years = [...new Set([...(unread?.operating ?? []), ...(unread?.investment ?? [])])].sort((a, b) => a - b);
  return years.length === 0 ? null : summaryText(lang).noteYearsNotRead.replace('{years}', () => listText(years, lang));
}

export function TotalsView({ lang, result }: ViewProps): JSX.Element {
  const { totals } = result.report;
  const { years, settings } = result.plan;
  const unit = settings.unit;
  const t: Label = (k) => tp(lang, k);
  const unread = yearsNotReadText(lang, totals.yearsNotRead);
  // As Sammendrag: a measure without Rammeområde Avstemming counts in its line's frame is under «(uten rammeområde)».
  const byLineNote = frameByLineText(summaryText(lang), totals.framesByLine);

  return (
    <section aria-labelledby="totals-heading" className="tp-view">
      <h2 id="totals-heading" className="tp-heading">
        {t('tabTotals')}
      </h2>
      <Text size={200}>{tp(lang, 'amountsIn', { unit })}</Text>
      {unread !== null && (
        <MessageBar intent="warning">
          <MessageBarBody>{unread}</MessageBarBody>
        </MessageBar>
      )}
      <CostChart
        bars={buildBars(totals.operating.all, years)}
        sources={CHART_SOURCES}
        unit={unit}
        title={t('chartTitle')}
        description={t('chartDescription')}
      />
      <OperatingTables rows={buildOperatingRows(totals, years, t)} {...{ byLineNote, years, unit, t }} />
      <InvestmentTables rows={buildInvestmentRows(totals, years, t)} {...{ years, unit, t }} />
      <Text size={200}>{tp(lang, 'notCosted', { count: totals.notCosted.length })}</Text>
    </section>
  );
}

interface TablesProps {
  readonly years: readonly number[];
  readonly unit: Unit;
  readonly t: Label;
}

/** The operating table's totals and sources, then by section, frame (with Sammendrag's note) and plan area when any. */
function OperatingTables({
  rows,
  byLineNote,
  years,
  unit,
  t,
}: TablesProps & { rows: OperatingRows; byLineNote: string }): JSX.Element {
  const yearCols = years.map(String);
  return (
    <>
      <h3 className="tp-subheading">{t('totalsOperating')}</h3>
      <AmountTable
        caption={t('totalsPerYear')}
        rowHeader=""
        columns={[...yearCols, PERIOD_SUM]}
        rows={rows.totals}
        unit={unit}
      />
      <AmountTable
        caption={t('source')}
        rowHeader={t('source')}
        columns={[t('amount')]}
        rows={rows.financing}
        unit={unit}
      />
      {rows.sections.length > 0 && (
        <AmountTable
          caption={t('bySection')}
          rowHeader={t('section')}
          columns={[PERIOD_SUM, FULL_YEAR, NEW_MONEY]}
          rows={rows.sections}
          unit={unit}
        />
      )}
      {rows.frames.length > 0 && (
        <AmountTable
          caption={t('byFrame')}
          rowHeader={t('frame')}
          columns={[...yearCols, PERIOD_SUM, NEW_MONEY]}
          rows={rows.frames}
          unit={unit}
        />
      )}
      {rows.frames.length > 0 && byLineNote !== '' && <Text size={200}>{byLineNote}</Text>}
      {rows.areas.length > 0 && (
        <AmountTable
          caption={t('byArea')}
          rowHeader={t('area')}
          columns={[...yearCols, PERIOD_SUM]}
          rows={rows.areas}
          unit={unit}
        />
      )}
    </>
  );
}

/** The investment table's totals by section, then its sources. */
function InvestmentTables({ rows, years, unit, t }: TablesProps & { rows: InvestmentRows }): JSX.Element {
  return (
    <>
      <h3 className="tp-subheading">{t('totalsInvestment')}</h3>
      <AmountTable
        caption={t('totalsInvestment')}
        rowHeader={t('section')}
        columns={[...years.map(String), BUDGET]}
        rows={rows.totals}
        unit={unit}
      />
      <AmountTable
        caption={`${t('totalsInvestment')} – ${t('source')}`}
        rowHeader={t('source')}
        columns={[BUDGET]}
        rows={rows.financing}
        unit={unit}
      />
    </>
  );
}
