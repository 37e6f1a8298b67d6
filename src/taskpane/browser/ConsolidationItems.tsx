/**
 * The consolidated items as buttons (SPEC §15), like a single plan's findings: each opens the file it is
 * about — the economy plan at the line, a plan at its setting or measure — in the sheet preview below, from
 * the snapshots already read for the check, with the cell selected.
 */
import { Button, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { isPlanItem, type ConsolidatedCheck, type ConsolidationItem, type Lang, type Severity } from '../../domain';
import { reconciliationClassLabel, severityLabel } from '../../i18n';
import { consolidationCodeLabel, explainConsolidation } from '../../i18n/consolidation';
import { tp } from '../../i18n/taskpane';
import { itemJumps, type Book, type Jump } from './consolidationJumps';
import { SheetPreview } from './SheetPreview';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

interface Props {
  readonly lang: Lang;
  readonly check: ConsolidatedCheck;
  /** The plans in the check's order, then the economy plan. */
  readonly books: readonly Book[];
}

function label(item: ConsolidationItem, check: ConsolidatedCheck, lang: Lang): string {
  const { unit } = check.consolidation.economyPlan;
  const where = [item.ref, item.year].filter((x) => x !== undefined).join(' ');
  // An item about a plan as a whole (a period, a Toleranse) is no comparison of amounts: no class to show.
  const parts = [
    severityLabel(item.severity, lang),
    ...(isPlanItem(item) ? [] : [reconciliationClassLabel(item.class, lang)]),
    consolidationCodeLabel(item.code, lang),
  ];
  const head = parts.join(' · ');
  return `${head} · ${where}: ${explainConsolidation(item, lang, unit, check.consolidation.years, check.consolidation.economyPlan.file)}`;
}

export function ConsolidationItems({ lang, check, books }: Props): JSX.Element | null {
  const [chosen, setChosen] = useState<Jump | null>(null);
  // A new run may have other files: the old choice would point into them.
  useEffect(() => setChosen(null), [check]);
  const { items } = check.consolidation;
  const listed = SEVERITIES.flatMap((s) => items.filter((i) => i.severity === s && i.class !== 'match'));
  if (listed.length === 0) return null;
  const book = chosen ? books[chosen.book] : undefined;
  return (
    <section aria-label={tp(lang, 'itemJumps')} className="tp-group">
      <Text as="p">{tp(lang, 'itemJumpsHint')}</Text>
      <ul className="tp-list">
        {listed.map((item, n) => {
          const { main, plans } = itemJumps(item, check, books);
          const text = label(item, check, lang);
          return (
            <li key={`${item.code}-${item.ref}-${item.year ?? ''}-${n}`} className="tp-item">
              {main ? (
                <Button appearance="subtle" className="tp-finding" onClick={() => setChosen(main)}>
                  <span>
                    <span className="tp-cell">{main.cell}</span>: {text}
                  </span>
                </Button>
              ) : (
                <Text>{text}</Text>
              )}
              {plans.length > 0 && (
                <div className="tp-actions">
                  {plans.map((j) => (
                    <Button key={`${j.book}-${j.sheet}-${j.cell}`} size="small" onClick={() => setChosen(j)}>
                      {`${tp(lang, 'jumpToMeasure', { id: j.what, plan: j.plan })} (${j.cell})`}
                    </Button>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {chosen && book && (
        <div data-testid="consolidation-preview">
          <div className="tp-caption">{tp(lang, 'fileLabel', { file: book.file })}</div>
          <SheetPreview lang={lang} snapshot={book.wb} selection={chosen} />
        </div>
      )}
    </section>
  );
}
