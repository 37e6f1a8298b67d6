/**
 * Under Nytt tiltak's form: a user's cell where the new row must go (a file cannot insert cells), said up front; else
 * once she has typed, «the row is fine» or its problems, counted as the lines they head.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Lang, UserCell } from '../../domain';
import { tp } from '../../i18n/taskpane';
import { addBlockedText } from '../../i18n/userCells';
import type { RowLine } from './rowFindings';
import { rowProblemsText } from './rowPreview';

export interface RowStatusProps {
  readonly lang: Lang;
  readonly blocked: readonly UserCell[] | null;
  readonly touched: boolean;
  /** How many findings the live check has on the row, and its lines (one per finding or per warning over fields). */
  readonly problems: number;
  readonly lines: readonly RowLine[];
  /** The form's field errors by field, and the fields the check's findings name. */
  readonly errors: Readonly<Record<string, unknown>>;
  readonly fields: ReadonlySet<string> | undefined;
  /** Whether the live check is of the row as it is now. */
  readonly checked: boolean;
  /** The line on amounts refused as typed that the row's rules wait for; null: none, or not checked yet. */
  readonly awaited: string | null;
}

export function RowStatus(p: RowStatusProps): JSX.Element {
  const fieldErrors = Object.keys(p.errors).length;
  // A field error on a field the check also names (an empty Tiltak: measure-missing) is one problem, not two.
  // The head counts the lines it heads: six fields named in one warning are one warning.
  const rowErrors =
    p.lines.filter((l) => l.severity === 'error').length +
    Object.keys(p.errors).filter((k) => !(p.fields?.has(k) ?? false)).length;
  const rowWarnings = p.lines.filter((l) => l.severity === 'warning').length;
  return (
    <div role="status" aria-live="polite">
      {p.blocked ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{addBlockedText(p.blocked, p.lang)}</MessageBarBody>
        </MessageBar>
      ) : !p.touched ? null : p.problems === 0 && fieldErrors === 0 ? (
        p.checked && (
          <MessageBar intent="success">
            <MessageBarBody>{tp(p.lang, 'rowOk')}</MessageBarBody>
          </MessageBar>
        )
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {rowProblemsText(p.lang, rowErrors, rowWarnings)}
            <ul className="tp-list">
              {p.lines.map((l, n) => (
                <li key={n}>{l.text}</li>
              ))}
              {p.awaited !== null && <li>{p.awaited}</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
