/**
 * Kontroll: every finding grouped by sheet and severity. Each finding is a button that selects its cell,
 * so the officer goes straight from "what is wrong" to "where"; a row's amount-precision warnings are one line
 * naming the fields, which selects the first of them (i18n/listedIssues.ts, as the reports list them). Amounts typed as text can be converted to
 * numbers from here (TextAmounts).
 */
import { Button, MessageBar, MessageBarBody, Switch, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ReportIssue, Severity } from '../../domain';
import { listedIssues } from '../../i18n/listedIssues';
import { tp, type TaskpaneKey } from '../../i18n/taskpane';
import { EconomyPlanNote, isEconomyPlanOnly } from '../components/EconomyPlanNote';
import { ShownList } from '../components/ShownList';
import type { ViewProps } from '../components/types';
import { TextAmounts } from './TextAmounts';

const SEVERITIES: readonly { severity: Severity; label: TaskpaneKey }[] = [
  { severity: 'error', label: 'errors' },
  { severity: 'warning', label: 'warnings' },
  { severity: 'info', label: 'infos' },
];

/** Issues grouped by sheet in first-seen order, each group's issues in severity order. */
export function groupIssues<T extends ReportIssue>(
  issues: readonly T[],
): { sheet: string; bySeverity: Map<Severity, T[]> }[] {
  const groups = new Map<string, Map<Severity, T[]>>();
  for (const issue of issues) {
    const sheet = groups.get(issue.sheet) ?? new Map<Severity, T[]>();
    groups.set(issue.sheet, sheet);
    const list = sheet.get(issue.severity) ?? [];
    sheet.set(issue.severity, list);
    list.push(issue);
  }
  return [...groups].map(([sheet, bySeverity]) => ({ sheet, bySeverity }));
}

export function CheckView(props: ViewProps): JSX.Element {
  const { lang, result, select } = props;
  const [onlyErrors, setOnlyErrors] = useState(false);
  // As the reports list them: a row's amount-precision warnings on one line naming the fields (listedIssues.ts).
  const listed = useMemo(() => listedIssues(result, lang), [result, lang]);
  const issues = listed.filter((i) => !onlyErrors || i.severity === 'error');
  const groups = groupIssues(issues);
  const items = result.report.reconciliation;
  const itemErrors = items.filter((i) => i.severity === 'error').length;
  const itemWarnings = items.filter((i) => i.severity === 'warning').length;
  return (
    <section aria-labelledby="check-heading" className="tp-view">
      <h2 id="check-heading" className="tp-heading">
        {tp(lang, 'tabCheck')}
      </h2>
      {isEconomyPlanOnly(result) && <EconomyPlanNote lang={lang} />}
      <Switch label={tp(lang, 'onlyErrors')} checked={onlyErrors} onChange={(_, d) => setOnlyErrors(d.checked)} />
      {groups.length === 0 && <Text>{tp(lang, 'noFindings')}</Text>}
      <TextAmounts {...props} />
      {itemErrors + itemWarnings > 0 && (
        <MessageBar intent={itemErrors > 0 ? 'error' : 'warning'} layout="multiline">
          <MessageBarBody>{tp(lang, 'reconcileNote', { errors: itemErrors, warnings: itemWarnings })}</MessageBarBody>
        </MessageBar>
      )}
      {groups.map(({ sheet, bySeverity }) => (
        <section key={sheet} aria-label={sheet} className="tp-group">
          <h3 className="tp-subheading">
            {tp(lang, 'findingsIn', { sheet, count: [...bySeverity.values()].reduce((n, l) => n + l.length, 0) })}
          </h3>
          {SEVERITIES.filter(({ severity }) => bySeverity.has(severity)).map(({ severity, label }) => (
            <div key={severity}>
              <h4 className={`tp-severity tp-${severity}`}>{tp(lang, label)}</h4>
              <ShownList lang={lang}>
                {(bySeverity.get(severity) ?? []).map((issue, n) => (
                  <li key={`${issue.code}-${issue.cell}-${n}`}>
                    <Button appearance="subtle" className="tp-finding" onClick={() => select(issue.sheet, issue.cell)}>
                      <span>
                        <span className="tp-cell">{issue.cell}</span>: {issue.message}
                      </span>
                    </Button>
                  </li>
                ))}
              </ShownList>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
