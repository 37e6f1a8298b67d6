/**
 * «Åpne flere planer» in a plain browser (SPEC §15): several measures workbooks and finance's economy plan
 * workbook checked together, shown as the consolidated report: new money per plan and in all, each
 * Rammeområde across plans with each plan's share, and the findings by class. Reading files is passed in.
 */
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang, WorkbookSnapshot } from '../../domain';
import { kt } from '../../i18n/consolidation';
import { tp } from '../../i18n/taskpane';
import { consolidationDocument } from '../../report/consolidationDocument';
import { planSummaryText } from '../../report/reportDocument';
import { ConsolidationBlock } from './ConsolidationBlock';
import { checkChosenFiles, failureText, type ConsolidationResult } from './consolidationCheck';
import { ConsolidationFiles } from './ConsolidationFiles';
import { ConsolidationItems } from './ConsolidationItems';
import { useKept, type KeptState } from '../hooks/useKept';

export interface ConsolidationProps {
  readonly lang: Lang;
  readonly read: (file: File) => Promise<WorkbookSnapshot>;
  /** Where the files she chose and their check are kept while she looks at the one open plan (useKept). */
  readonly kept?: KeptState;
}

export function ConsolidationView({ lang, read, kept }: ConsolidationProps): JSX.Element {
  const [plans, setPlans] = useKept<readonly File[]>(kept, 'consolidation plans', []);
  const [economy, setEconomy] = useKept<File | null>(kept, 'consolidation economy plan', null);
  const [result, setResult] = useKept<ConsolidationResult | null>(kept, 'consolidation result', null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    if (!economy || plans.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const checked = await checkChosenFiles(plans, economy, read, lang);
      setResult(checked.result);
      if (checked.error !== null) setError(checked.error);
    } catch (e) {
      setError(failureText(e, lang));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="tp-view" aria-label={tp(lang, 'openSeveral')}>
      <h2 className="tp-heading">{kt(lang, 'title')}</h2>
      <ConsolidationFiles {...{ lang, plans, economy, setPlans, setEconomy }} />
      <Button appearance="primary" disabled={busy || !economy || plans.length === 0} onClick={() => void run()}>
        {tp(lang, 'reconcilePlans')}
      </Button>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {result && <PlansSummary lang={lang} result={result} />}
      {result && <ConsolidationReport lang={lang} result={result} />}
    </section>
  );
}

/**
 * Each plan's own findings and reconciliation (its measures against its lines): the consolidated part below tells
 * only what the whole shows, and a plan's mismatching measure must not go unsaid.
 */
function PlansSummary({ lang, result }: { readonly lang: Lang; readonly result: ConsolidationResult }) {
  const { results, consolidation } = result.check;
  return (
    <>
      <h3 className="tp-subheading">{kt(lang, 'plansSummary')}</h3>
      <ul className="tp-list" aria-label={kt(lang, 'plansSummary')}>
        {results.map((r, i) => (
          <li key={i}>
            <Text>{`${r.report.file}: ${planSummaryText(r, lang, consolidation.plans[i]?.compared === false)}`}</Text>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The consolidated report's blocks; its table of items becomes buttons that open each item's cell. */
function ConsolidationReport({ lang, result }: { readonly lang: Lang; readonly result: ConsolidationResult }) {
  const doc = consolidationDocument(result.check, lang);
  return (
    <>
      {doc.blocks.map((b, i) =>
        b.kind === 'table' && b.headers.includes(kt(lang, 'comparison')) ? (
          <ConsolidationItems key={i} lang={lang} check={result.check} books={result.books} />
        ) : (
          <ConsolidationBlock key={i} block={b} />
        ),
      )}
    </>
  );
}
