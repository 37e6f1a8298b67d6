/** The totals of the Endringer view: old, new and Δ per calendar year, and a chart of Δ new money per year. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { formatAmount, type ChangeSet, type Kr, type Lang, type Unit, type YearChanges } from '../../domain';
import { ct, type CompareKey } from '../../i18n/compare';
import { ChangesChart } from './ChangesChart';

interface Props {
  readonly diff: ChangeSet;
  readonly lang: Lang;
}

const amount = (v: Kr | null, unit: Unit): string => (v === null ? '–' : formatAmount(v, unit));

function YearTable({ caption, years, lang, unit }: { caption: string; years: YearChanges; lang: Lang; unit: Unit }) {
  const headers: CompareKey[] = ['before', 'after', 'difference'];
  return (
    <div className="tp-scroll" role="region" aria-label={caption} tabIndex={0}>
      <div className="tp-caption">{caption}</div>
      <Table size="extra-small" aria-label={caption} className="tp-table tp-delta">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{ct(lang, 'year')}</TableHeaderCell>
            {headers.map((h) => (
              <TableHeaderCell key={h} className="tp-num">
                {ct(lang, h)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {Object.entries(years).map(([year, c]) => (
            <TableRow key={year}>
              <TableCell>{year}</TableCell>
              {[c.old, c.new, c.difference].map((v, i) => (
                <TableCell key={i} className="tp-num">
                  {amount(v, unit)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function ChangesTotals({ diff, lang }: Props): JSX.Element {
  const unit = diff.new.plan.unit;
  const bars = diff.years.common.map((year) => ({
    year,
    delta: diff.totals.newMoney[String(year)]?.difference ?? (0 as Kr),
  }));
  const oneSided = diff.years.onlyOld.length + diff.years.onlyNew.length > 0;
  return (
    <>
      <h3 className="tp-subheading">{ct(lang, 'totals')}</h3>
      <Text size={200}>{ct(lang, 'amountsIn', { unit })}</Text>
      {oneSided && <Text size={200}>{ct(lang, 'outsidePeriod')}</Text>}
      <ChangesChart bars={bars} unit={unit} title={ct(lang, 'chartTitle')} description={ct(lang, 'chartDescription')} />
      <YearTable caption={ct(lang, 'newMoney')} years={diff.totals.newMoney} lang={lang} unit={unit} />
      <YearTable caption={ct(lang, 'operating')} years={diff.totals.operating} lang={lang} unit={unit} />
      <YearTable caption={ct(lang, 'investment')} years={diff.totals.investment} lang={lang} unit={unit} />
    </>
  );
}
