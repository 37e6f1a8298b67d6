/** Summer: totals per year and financing source, per section, frame and plan area, with a cost chart. */
import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import {
  frameByLineText,
  INVESTMENT_FINANCING,
  OPERATING_FINANCING,
  type Kr,
  type Totals,
  type YearAmounts,
} from '../../domain';
import { fieldLabel } from '../../i18n/fieldLabel';
import { listText } from '../../i18n/listText';
import { summaryText } from '../../i18n/sheets';
import { tp } from '../../i18n/taskpane';
import { AmountTable, type AmountRow } from '../components/AmountTable';
import type { ViewProps } from '../components/types';
import { buildBars, CHART_SOURCES } from './chartData';
import { CostChart } from './CostChart';

const byYear = (amounts: YearAmounts, years: readonly number[]): Kr[] =>
  years.map((y) => amounts[String(y)] ?? (0 as Kr));

/**
 * A column of a workbook column's amounts is headed by its header as the workbook spells it, in every language,
 * like the financing sources (the glossary's rule, src/i18n/glossary.ts): the reader finds the column by it.
 */
const PERIOD_SUM = fieldLabel({ field: 'periodSum' }, 'operating');
const FULL_YEAR = fieldLabel({ field: 'fullYear' }, 'operating');
const NEW_MONEY = fieldLabel({ field: 'finNew' }, 'operating');
const BUDGET = fieldLabel({ field: 'budget' }, 'investment');

/** The period sum of amounts per year: what a "Sum periode" column shows (not a column total of Nye midler). */
const periodOf = (amounts: YearAmounts, years: readonly number[]): Kr =>
  byYear(amounts, years).reduce((a, b) => a + b, 0) as Kr;

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
  const yearCols = years.map(String);
  const op = totals.operating.all;
  const inv = totals.investment.all;
  const t = (k: Parameters<typeof tp>[1]) => tp(lang, k);
  const unread = yearsNotReadText(lang, totals.yearsNotRead);

  const operatingRows: AmountRow[] = [
    { label: t('totalsOperating'), amounts: [...byYear(op.years, years), op.period] },
    // New money per year and its period sum; the Nye midler column total is in the table of sources below.
    { label: t('newMoney'), amounts: [...byYear(op.newMoneyByYear, years), periodOf(op.newMoneyByYear, years)] },
  ];
  // Under the sources, what they add up to (SPEC §4): the base, Sum periode for an Engangs measure, not
  // Helårsvirkning alone — with one Engangs measure that read as a financing gap Sammendrag's check did not find.
  const financingRows: AmountRow[] = [
    ...OPERATING_FINANCING.map((f) => ({ label: f.header, amounts: [op.financing[f.json]] })),
    { label: t('financingBase'), amounts: [totals.operatingBase] },
  ];
  const sectionRows: AmountRow[] = totals.operating.bySection.map((s) => ({
    label: s.section || t('noSection'),
    amounts: [s.period, s.fullYear, s.financing.newMoney],
  }));
  const frameRows: AmountRow[] = totals.operating.byFrame.map((f) => ({
    label: f.frame || t('noFrame'),
    amounts: [...byYear(f.newMoneyByYear, years), periodOf(f.newMoneyByYear, years), f.newMoney],
  }));
  // As Sammendrag: a measure without Rammeområde Avstemming counts in its line's frame is under «(uten rammeområde)».
  const byLineNote = frameByLineText(summaryText(lang), totals.framesByLine);
  const areaRows: AmountRow[] = totals.operating.byArea.map((a) => ({
    label: a.area,
    amounts: [...byYear(a.years, years), a.period],
  }));
  const investmentRows: AmountRow[] = [
    { label: t('totalsInvestment'), amounts: [...byYear(inv.years, years), inv.budget] },
    ...totals.investment.bySection.map((s) => ({
      label: s.section || t('noSection'),
      amounts: [...byYear(s.years, years), s.budget],
    })),
  ];
  const investmentFinancing: AmountRow[] = INVESTMENT_FINANCING.map((f) => ({
    label: f.header,
    amounts: [inv.financing[f.json]],
  }));

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
        bars={buildBars(op, years)}
        sources={CHART_SOURCES}
        unit={unit}
        title={t('chartTitle')}
        description={t('chartDescription')}
      />
      <h3 className="tp-subheading">{t('totalsOperating')}</h3>
      <AmountTable
        caption={t('totalsPerYear')}
        rowHeader=""
        columns={[...yearCols, PERIOD_SUM]}
        rows={operatingRows}
        unit={unit}
      />
      <AmountTable
        caption={t('source')}
        rowHeader={t('source')}
        columns={[t('amount')]}
        rows={financingRows}
        unit={unit}
      />
      {sectionRows.length > 0 && (
        <AmountTable
          caption={t('bySection')}
          rowHeader={t('section')}
          columns={[PERIOD_SUM, FULL_YEAR, NEW_MONEY]}
          rows={sectionRows}
          unit={unit}
        />
      )}
      {frameRows.length > 0 && (
        <AmountTable
          caption={t('byFrame')}
          rowHeader={t('frame')}
          columns={[...yearCols, PERIOD_SUM, NEW_MONEY]}
          rows={frameRows}
          unit={unit}
        />
      )}
      {frameRows.length > 0 && byLineNote !== '' && <Text size={200}>{byLineNote}</Text>}
      {areaRows.length > 0 && (
        <AmountTable
          caption={t('byArea')}
          rowHeader={t('area')}
          columns={[...yearCols, PERIOD_SUM]}
          rows={areaRows}
          unit={unit}
        />
      )}
      <h3 className="tp-subheading">{t('totalsInvestment')}</h3>
      <AmountTable
        caption={t('totalsInvestment')}
        rowHeader={t('section')}
        columns={[...yearCols, BUDGET]}
        rows={investmentRows}
        unit={unit}
      />
      <AmountTable
        caption={`${t('totalsInvestment')} – ${t('source')}`}
        rowHeader={t('source')}
        columns={[BUDGET]}
        rows={investmentFinancing}
        unit={unit}
      />
      <Text size={200}>{tp(lang, 'notCosted', { count: totals.notCosted.length })}</Text>
    </section>
  );
}
