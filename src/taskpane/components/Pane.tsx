/**
 * The pane's body for any workbook source: checks the plan through the port, shows busy state and errors,
 * and switches between the views. The source-specific parts (file bar, sheet preview) come in as props.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Tab,
  TabList,
} from '@fluentui/react-components';
import { useCallback, useState, type ReactNode } from 'react';
import { writable, type CheckResult, type Edit, type Lang, type WorkbookSnapshot, type WritePlan } from '../../domain';
import { tp, type TaskpaneKey } from '../../i18n/taskpane';
import { rowsShownLines } from '../../i18n/rowsShown';
import type { WorkbookPort } from '../../workbook/port';
import { BlockedByUserCells, paneErrorText } from '../errors';
import { useAction, type Action } from '../hooks/useAction';
import { useKeptState } from '../hooks/useKept';
import { usePlanCheck } from '../hooks/usePlanCheck';
import type { CompareFiles } from '../views/ChangesView';
import { CheckView } from '../views/CheckView';
import { OverviewView } from '../views/OverviewView';
import type { StructureProps } from '../views/StructureView';
import { TotalsView } from '../views/TotalsView';
import { lazyView, OnDemand } from './OnDemand';
import type { PlanOnFresh, ViewProps } from './types';

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
  const { recheck } = check;

  const select = useCallback(
    (sheet: string, cell: string) => void action.run(() => port.apply([{ kind: 'select', sheet, cell }])),
    [port, action],
  );
  // Repair and writing Avstemming must see every cell they might write to, not only what a check reads; roll
  // forward also the saved versions, which no write needs; Endringer only those (domain readScope.ts).
  // `run` is stable, so views may read once when they mount.
  const { run } = action;
  const readWider = useCallback(
    async (scope: 'structure' | 'versions' | 'roll') => {
      let snapshot: WorkbookSnapshot | null = null;
      await run(async () => {
        snapshot = await port.read(scope);
      });
      return snapshot;
    },
    [port, run],
  );
  const readStructure = useCallback(() => readWider('structure'), [readWider]);
  const readVersions = useCallback(() => readWider('versions'), [readWider]);
  const readForRoll = useCallback(() => readWider('roll'), [readWider]);
  const { readChecked } = check;
  const write = useCallback(
    (asked: readonly Edit[] | WritePlan | PlanOnFresh, done: string | (() => string)) =>
      action.run(async () => {
        const planned = typeof asked === 'function' ? asked(await readChecked()) : asked;
        const plan = 'ok' in planned ? planned : writable(planned);
        if (!plan.ok) throw new BlockedByUserCells(plan.blocked);
        await port.apply(plan.edits);
        // A filter she set on a table written anew, or rows she hid in it, went so that no item is hidden: said.
        const shown = rowsShownLines(port.rowsShown?.() ?? [], lang);
        await recheck();
        return [typeof done === 'function' ? done() : done, ...shown].join(' ');
      }),
    [port, action, recheck, readChecked, lang],
  );

  const error = action.error ?? check.error;
  return (
    <>
      {toolbar?.({ result: check.result, snapshot: check.snapshot, action, recheck })}
      {(check.checking || action.busy) && (
        <ProgressBar aria-label={tp(lang, check.checking ? 'checking' : 'working')} thickness="large" />
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tp(lang, 'errorTitle')}</MessageBarTitle>
            {paneErrorText(lang, error)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void recheck().then(action.dismiss)}>{tp(lang, 'recheck')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {check.watchFailed && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{tp(lang, 'watchFailed')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void recheck()}>{tp(lang, 'recheck')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {action.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{action.notice}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={action.dismiss}>{tp(lang, 'dismiss')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <TabList
        className="tp-tabs"
        size="small"
        aria-label={tp(lang, 'views')}
        selectedValue={view}
        onTabSelect={(_, d) => setView(d.value as ViewName)}
      >
        {VIEWS.map((v) => (
          <Tab key={v.name} value={v.name}>
            {tp(lang, v.label)}
          </Tab>
        ))}
      </TabList>
      <main className="tp-main">
        {check.result && check.snapshot ? (
          <OnDemand key={view} lang={lang}>
            {renderView(view, {
              lang,
              result: check.result,
              snapshot: check.snapshot,
              select,
              write,
              canInsertCells: port.canInsertCells === true,
              readStructure,
              readVersions,
              readForRoll,
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
