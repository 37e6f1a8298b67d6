/**
 * A list that may run to thousands of items (findings, reconciliation items, changes in a plan of 5 000
 * measures): the first PAGE items, and a button that shows PAGE more. Rendering them all at once took
 * seconds in the browser and made the pane stall; the counts in the headings still say how many there are.
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../../domain';
import { tp } from '../../i18n/taskpane';

export const PAGE = 100;

interface Props {
  readonly lang: Lang;
  /** The list items (<li>), all of them: only the shown ones are rendered. */
  readonly children: readonly JSX.Element[];
  /** The list's accessible name, when no heading names it. */
  readonly label?: string;
}

export function ShownList({ lang, children, label }: Props): JSX.Element {
  const [limit, setLimit] = useState(PAGE);
  const count = children.length;
  const shown = Math.min(limit, count);
  return (
    <>
      <ul className="tp-list" aria-label={label}>
        {children.slice(0, shown)}
      </ul>
      {shown < count && (
        <Button appearance="secondary" size="small" onClick={() => setLimit(shown + PAGE)}>
          {tp(lang, 'showMore', { shown, count })}
        </Button>
      )}
    </>
  );
}
