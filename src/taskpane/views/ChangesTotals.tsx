/**
 * The totals of the Endringer view: old, new and Δ per calendar year, a chart of Δ new money per year, and new
 * money per Rammeområde (SPEC §14), as the change report shows them.
 */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import {
  formatAmount,
  framesByMovement,
  hasRounding,
  type ChangeSet,
  type Kr,
  type Lang,
  type Unit,
  type YearChange,
  type YearChanges,
} from '../../domain';
import { ct, type CompareKey } from '../../i18n/compare';
import { signedAmount } from '../../report/compareCells';
import { ChangesChart } from './ChangesChart';

interface Props {
  readonly diff: ChangeSet;
  readonly lang: Lang;
}

const amount = (v: Kr | null, unit: Unit): string => (v === null ? '–' : formatAmount(v, unit));

/**
 * Old, new and Δ of one year as three number cells (– where a side has none), and with `rounding` the part of Δ
 * that is rounding between the units (blank where none), as the change report shows it.
 */
function ChangeCells({ change, unit, rounding }: { change: YearChange | undefined; unit: Unit; rounding: boolean }) {
  // The change signed («+50», «−30», 0 bare), as a changed amount's is in the lists (compareCells.ts).
  const delta = change?.difference ?? null;
  const cells = [amount(change?.old ?? null, unit), amount(change?.new ?? null, unit)];
  cells.push(delta === null ? '–' : signedAmount(delta, unit));
  if (rounding) cells.push(change?.rounding !== undefined ? signedAmount(change.rounding, unit) : '');
  return (
    <>
      {cells.map((text, i) => (
        <TableCell key={i} className="tp-num">
          {text}
        </TableCell>
      ))}
    </>
  );
}

function YearTable({ caption, years, lang, unit }: { caption: string; years: YearChanges; lang: Lang; unit: Unit }) {
  const rounding = hasRounding(Object.values(years));
  const headers: CompareKey[] = ['before', 'after', 'difference', ...(rounding ? (['rounding'] as const) : [])];
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
              <ChangeCells change={c} unit={unit} rounding={rounding} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

type Frame = ChangeSet['totals']['byFrame'][number];

/**
 * New money per frame, every year of either version as the year tables above, for the frames whose new money
 * moved or that hold new money in a year one version only holds; the others named in one line (framesByMovement,
 * as the change report does).
 */
function FrameTable({ diff, lang, unit }: Props & { unit: Unit }) {
  const { common } = diff.years;
  const name = (f: Frame) => f.frame || ct(lang, 'noFrame');
  const { moved: changed, unchanged } = framesByMovement(diff);
  // With no year in both versions no frame was compared (the view says so above): "unchanged in the years both
  // hold" would be empty talk.
  const still = common.length > 0 ? unchanged.map(name) : [];
  const caption = ct(lang, 'byFrame');
  const rounding = hasRounding(changed.flatMap((f) => Object.values(f.years)));
  const headers: CompareKey[] = ['frame', 'year', 'before', 'after', 'difference'];
  if (rounding) headers.push('rounding');
  return (
    <>
      {changed.length > 0 && (
        <div className="tp-scroll" role="region" aria-label={caption} tabIndex={0}>
          <div className="tp-caption">{caption}</div>
          <Table size="extra-small" aria-label={caption} className="tp-table tp-delta">
            <TableHeader>
              <TableRow>
                {headers.map((h, i) => (
                  <TableHeaderCell key={h} className={i > 1 ? 'tp-num' : undefined}>
                    {ct(lang, h)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {changed.flatMap((f) =>
                Object.entries(f.years).map(([year, c], i) => (
                  <TableRow key={`${f.frame}-${year}`}>
                    <TableCell>{i === 0 ? name(f) : ''}</TableCell>
                    <TableCell>{year}</TableCell>
                    <ChangeCells change={c} unit={unit} rounding={rounding} />
                  </TableRow>
                )),
              )}
            </TableBody>
          </Table>
        </div>
      )}
      {still.length > 0 && <Text size={200}>{ct(lang, 'framesUnchanged', { frames: still.join(', ') })}</Text>}
    </>
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
      <FrameTable diff={diff} lang={lang} unit={unit} />
    </>
  );
}
