/**
 * The pane's body for any workbook source: checks the plan through the port, shows busy state and errors,
 * and switches between the views. The source-specific parts (file bar, sheet preview) come in as props.
 */
import { Tab, TabList } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { CheckResult, Lang, WorkbookSnapshot } from '../../domain';
import { tp, type TaskpaneKey } from '../../i18n/taskpane';
import type { WorkbookPort } from '../../workbook/port';
import { useAction, type Action } from '../hooks/useAction';
import { useKeptState } from '../hooks/useKept';
import { usePlanCheck } from '../hooks/usePlanCheck';
import { usePortOperations } from '../hooks/usePortOperations';
import type { CompareFiles } from '../views/ChangesView';
import { CheckView } from '../views/CheckView';
import { OverviewView } from '../views/OverviewView';
import type { StructureProps } from '../views/StructureView';
import { TotalsView } from '../views/TotalsView';
import { lazyView, OnDemand } from './OnDemand';
import { PaneStatus } from './PaneStatus';
import type { ViewProps } from './types';

// Opened only sometimes, so loaded when first shown, each its own chunk (OnDemand.tsx): Endringer with the
// comparison and the change report's tables, Struktur with repair and the roll forward, the Avstemming list, and
// Nytt tiltak with its form (its typed fields are kept by the Pane, useKept.ts, not by the view). Measured: the
// form's chunk took the pane's entry back under its 250 KB (bench `taskpane.main_gzip_kb`).
const MeasureView = lazyView(() =>
  import(/* webpackChunkName: "measure" */ '../views/MeasureView').then((m) => m.MeasureView),
);
const ChangesView = lazyView(() =>
  import(/* webpackChunkName: "changes" */ '../views/ChangesView').then((m) => m.ChangesView),
);
const StructureView = lazyView(() =>
  import(/* webpackChunkName: "structure" */ '../views/StructureView').then((m) => m.StructureView),
);
const ReconcileView = lazyView(() =>
  import(/* webpackChunkName: "reconcile" */ '../views/ReconcileView').then((m) => m.ReconcileView),
);

export type ViewName = 'overview' | 'check' | 'totals' | 'reconcile' | 'changes' | 'measure' | 'structure';

const VIEWS: readonly { name: ViewName; label: TaskpaneKey }[] = [
  { name: 'overview', label: 'tabOverview' },
  { name: 'check', label: 'tabCheck' },
  { name: 'totals', label: 'tabTotals' },
  { name: 'reconcile', label: 'tabReconcile' },
  { name: 'changes', label: 'tabChanges' },
  { name: 'measure', label: 'tabMeasure' },
  { name: 'structure', label: 'tabStructure' },
];

/** What the source-specific toolbar gets. */
export interface ToolbarContext {
  readonly result: CheckResult | null;
  readonly snapshot: WorkbookSnapshot | null;
  readonly action: Action;
  readonly recheck: () => Promise<void>;
}

export interface PaneProps {
  readonly port: WorkbookPort;
  readonly file: string;
  readonly lang: Lang;
  readonly toolbar?: (ctx: ToolbarContext) => ReactNode;
  readonly preview?: (snapshot: WorkbookSnapshot) => ReactNode;
  readonly openNew?: StructureProps['openNew'];
  /** Plain browser: a second file to compare with, and the change report as a download. */
  readonly compareFiles?: CompareFiles;
  readonly initialView?: ViewName;
}

export function Pane({
  port,
  file,
  lang,
  toolbar,
  preview,
  openNew,
  compareFiles,
  initialView = 'overview',
}: PaneProps): JSX.Element {
  const check = usePlanCheck(port, lang, file);
  const action = useAction();
  const [view, setView] = useState<ViewName>(initialView);
  // Only the open tab is rendered: a form half filled in is kept here while she looks at another (review r26).
  const kept = useKeptState(port);
  const operations = usePortOperations(port, lang, action, check);
  const { recheck } = check;

  return (
    <>
      {toolbar?.({ result: check.result, snapshot: check.snapshot, action, recheck })}
      <PaneStatus lang={lang} check={check} action={action} />
      <ViewTabs lang={lang} view={view} onSelect={setView} />
      <main className="tp-main">
        {check.result && check.snapshot ? (
          <OnDemand key={view} lang={lang}>
            {renderView(view, {
              lang,
              result: check.result,
              snapshot: check.snapshot,
              ...operations,
              canInsertCells: port.canInsertCells === true,
              busy: action.busy || check.checking,
              openNew,
              compareFiles,
              kept,
            })}
          </OnDemand>
        ) : (
          <p>{tp(lang, check.checking ? 'checking' : 'noPlan')}</p>
        )}
        {check.snapshot && preview?.(check.snapshot)}
      </main>
    </>
  );
}

function ViewTabs({
  lang,
  view,
  onSelect,
}: {
  lang: Lang;
  view: ViewName;
  onSelect: (view: ViewName) => void;
}): JSX.Element {
  return (
    <TabList
      className="tp-tabs"
      size="small"
      aria-label={tp(lang, 'views')}
      selectedValue={view}
      onTabSelect={(_, d) => onSelect(d.value as ViewName)}
    >
      {VIEWS.map((v) => (
        <Tab key={v.name} value={v.name}>
          {tp(lang, v.label)}
        </Tab>
      ))}
    </TabList>
  );
}

function renderView(
  view: ViewName,
  props: ViewProps & Pick<StructureProps, 'openNew'> & { compareFiles?: CompareFiles },
): JSX.Element {
  switch (view) {
    case 'overview':
      return <OverviewView {...props} />;
    case 'check':
      return <CheckView {...props} />;
    case 'totals':
      return <TotalsView {...props} />;
    case 'reconcile':
      return <ReconcileView {...props} />;
    case 'changes':
      return <ChangesView {...props} />;
    case 'measure':
      return <MeasureView {...props} />;
    case 'structure':
      return <StructureView {...props} />;
  }
}
