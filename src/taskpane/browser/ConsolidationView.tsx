/**
 * «Åpne flere planer» in a plain browser (SPEC §15): several measures workbooks and finance's economy plan
 * workbook checked together, shown as the consolidated report: new money per plan and in all, each
 * Rammeområde across plans with each plan's share, and the findings by class. Reading files is passed in.
 */
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { checkConsolidated, type ConsolidatedCheck, type Lang, type WorkbookSnapshot } from '../../domain';
import { renderFinding } from '../../i18n';
import { kt } from '../../i18n/consolidation';
import { tp } from '../../i18n/taskpane';
import { consolidationDocument } from '../../report/consolidationDocument';
import { planSummaryText } from '../../report/reportDocument';
import { XLSX_ACCEPT } from '../components/XlsxFileInput';
import { openFailedMessage, paneErrorText, toPaneError, unreadableOf } from '../errors';
import { ConsolidationBlock } from './ConsolidationBlock';
import { ConsolidationItems } from './ConsolidationItems';
import { repeatedFile, sameChosenFile } from './files';
import type { Book } from './consolidationJumps';
import { useKept, type KeptState } from '../hooks/useKept';
import { defaultStartYear } from '../hooks/usePlanCheck';

/** A chosen file that did not open; the message names it (openFailedMessage). */
class OpenFailed extends Error {}

export interface ConsolidationProps {
  readonly lang: Lang;
  readonly read: (file: File) => Promise<WorkbookSnapshot>;
  /** Where the files she chose and their check are kept while she looks at the one open plan (useKept). */
  readonly kept?: KeptState;
}

export function ConsolidationView({ lang, read, kept }: ConsolidationProps): JSX.Element {
  const plansInput = useRef<HTMLInputElement>(null);
  const economyInput = useRef<HTMLInputElement>(null);
  const [plans, setPlans] = useKept<readonly File[]>(kept, 'consolidation plans', []);
  const [economy, setEconomy] = useKept<File | null>(kept, 'consolidation economy plan', null);
  // The check and the snapshots it was made of (the plans, then the economy plan): the jumps show those.
  const [result, setResult] = useKept<{ check: ConsolidatedCheck; books: readonly Book[] } | null>(
    kept,
    'consolidation result',
    null,
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    if (!economy || plans.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      // The same plan twice is refused, as the CLI refuses it (planGivenTwice): counted twice, it was told as two
      // plans of one Plannavn.
      const twice = await repeatedFile(plans);
      if (twice !== null) {
        setResult(null);
        setError(kt(lang, 'planGivenTwice', { file: twice }));
        return;
      }
      // A file that does not open is named: among several chosen files, the user must know which one.
      const readBook = async (f: File): Promise<Book> => {
        try {
          return { wb: await read(f), file: f.name };
        } catch (e) {
          throw new OpenFailed(openFailedMessage(lang, unreadableOf(e), f.name));
        }
      };
      const inputs: Book[] = await Promise.all(plans.map(readBook));
      const economyBook: Book = await readBook(economy);
      // A plan chosen as the economy plan too: its own sheet is the one used (the CLI's isEconomyWorkbook).
      const own = await Promise.all(plans.map((f) => sameChosenFile(f, economy)));
      const planInputs = inputs.map((b, i) => ({ ...b, isEconomyWorkbook: own[i] === true }));
      const checked = checkConsolidated(planInputs, economyBook, {
        defaultStartYear: defaultStartYear(),
        render: (f, unit) => renderFinding(f, lang, unit),
      });
      if (!checked) setError(kt(lang, 'notEconomyPlan', { file: economy.name }));
      setResult(checked && { check: checked, books: [...inputs, economyBook] });
    } catch (e) {
      setError(e instanceof OpenFailed ? e.message : paneErrorText(lang, toPaneError(e)));
    } finally {
      setBusy(false);
    }
  };
  const doc = result ? consolidationDocument(result.check, lang) : null;
  return (
    <section className="tp-view" aria-label={tp(lang, 'openSeveral')}>
      <h2 className="tp-heading">{kt(lang, 'title')}</h2>
      <div className="tp-actions">
        <Button onClick={() => plansInput.current?.click()}>{tp(lang, 'choosePlans')}</Button>
        <Button onClick={() => economyInput.current?.click()}>{tp(lang, 'chooseEconomyPlan')}</Button>
        <input
          ref={plansInput}
          type="file"
          multiple
          hidden
          accept={XLSX_ACCEPT}
          aria-label={tp(lang, 'choosePlans')}
          data-testid="plans-input"
          onChange={(e) => setPlans([...(e.target.files ?? [])])}
        />
        <input
          ref={economyInput}
          type="file"
          hidden
          accept={XLSX_ACCEPT}
          aria-label={tp(lang, 'chooseEconomyPlan')}
          data-testid="economy-input"
          onChange={(e) => setEconomy(e.target.files?.[0] ?? null)}
        />
      </div>
      <Text as="p">{`${tp(lang, 'choosePlans')}: ${plans.map((f) => f.name).join(', ') || '–'}`}</Text>
      <Text as="p">{`${tp(lang, 'chooseEconomyPlan')}: ${economy?.name ?? '–'}`}</Text>
      <Button appearance="primary" disabled={busy || !economy || plans.length === 0} onClick={() => void run()}>
        {tp(lang, 'reconcilePlans')}
      </Button>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        // Each plan's own findings and reconciliation (its measures against its lines): the consolidated part
        // below tells only what the whole shows, and a plan's mismatching measure must not go unsaid.
        <>
          <h3 className="tp-subheading">{kt(lang, 'plansSummary')}</h3>
          <ul className="tp-list" aria-label={kt(lang, 'plansSummary')}>
            {result.check.results.map((r, i) => (
              <li key={i}>
                <Text>{`${r.report.file}: ${planSummaryText(r, lang, result.check.consolidation.plans[i]?.compared === false)}`}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {result &&
        doc?.blocks.map((b, i) =>
          // The report's table of items becomes buttons that open each item's cell.
          b.kind === 'table' && b.headers.includes(kt(lang, 'comparison')) ? (
            <ConsolidationItems key={i} lang={lang} check={result.check} books={result.books} />
          ) : (
            <ConsolidationBlock key={i} block={b} />
          ),
        )}
    </section>
  );
}
