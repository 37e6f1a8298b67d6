/**
 * The first sheet view of a worksheet skeleton: a frozen header (pane), the active cell (selection) and
 * whether the tab is selected. Its other attributes and children (zoom, pivot selections) are kept.
 */
import { attributesOf, children } from '../xml/tags';
import { withAttributes } from '../xml/patch';
import { rootPrefix, setTopChild, topChild, WORKSHEET_ORDER } from './skeleton';

interface View {
  /** The <sheetView> open tag, pane and selections, and what follows them (pivotSelection, extLst). */
  open: string;
  pane: string | null;
  selections: string[];
  rest: string;
}

function firstView(xml: string): { view: View; others: string } {
  const views = topChild(xml, 'sheetViews');
  const list = views ? children(xml, views) : [];
  const first = list[0];
  const p = rootPrefix(xml);
  if (!first)
    return { view: { open: `<${p}sheetView workbookViewId="0">`, pane: null, selections: [], rest: '' }, others: '' };
  const kids = children(xml, first);
  const pane = kids.find((k) => k.local === 'pane');
  const open = xml.slice(first.open.start, first.open.end);
  const view: View = {
    open: first.open.kind === 'empty' ? `${open.slice(0, -2).trimEnd()}>` : open,
    pane: pane ? xml.slice(pane.start, pane.end) : null,
    selections: kids.filter((k) => k.local === 'selection').map((k) => xml.slice(k.start, k.end)),
    rest: kids
      .filter((k) => k.local !== 'pane' && k.local !== 'selection')
      .map((k) => xml.slice(k.start, k.end))
      .join(''),
  };
  const others = list
    .slice(1)
    .map((v) => xml.slice(v.start, v.end))
    .join('');
  return { view, others };
}

function writeView(xml: string, view: View, others: string): string {
  const p = rootPrefix(xml);
  const name = /^<([^\s/>]+)/.exec(view.open)?.[1] ?? `${p}sheetView`;
  const body = (view.pane ?? '') + view.selections.join('') + view.rest;
  const element = `${view.open}${body}</${name}>`;
  return setTopChild(xml, 'sheetViews', `<${p}sheetViews>${element}${others}</${p}sheetViews>`, WORKSHEET_ORDER);
}

const activeCellOf = (view: View): string | undefined =>
  view.selections.map((s) => attributesOf(s).get('activeCell')).find((c) => c !== undefined);

/** Freezes the top `rows` rows (0 unfreezes). */
export function freezeRows(xml: string, rows: number): string {
  const { view, others } = firstView(xml);
  const p = rootPrefix(xml);
  const active = activeCellOf(view);
  if (rows > 0) {
    const top = `A${rows + 1}`;
    const cell = active ?? top;
    view.pane = `<${p}pane ySplit="${rows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>`;
    view.selections = [`<${p}selection pane="bottomLeft" activeCell="${cell}" sqref="${cell}"/>`];
  } else {
    view.pane = null;
    view.selections = active ? [`<${p}selection activeCell="${active}" sqref="${active}"/>`] : [];
  }
  return writeView(xml, view, others);
}

/** Makes `cell` the active cell, in the pane that is active. */
export function selectCell(xml: string, cell: string): string {
  const { view, others } = firstView(xml);
  const p = rootPrefix(xml);
  const pane = view.pane ? attributesOf(view.pane).get('activePane') : undefined;
  const paneAttr = pane ? ` pane="${pane}"` : '';
  const kept = view.selections.filter((s) => attributesOf(s).get('pane') !== pane);
  view.selections = [...kept, `<${p}selection${paneAttr} activeCell="${cell}" sqref="${cell}"/>`];
  return writeView(xml, view, others);
}

/** Whether the first view's tab is selected (Excel groups every selected tab: only the active one may be). */
export function tabSelected(xml: string): boolean {
  const { view } = firstView(xml);
  const v = attributesOf(view.open).get('tabSelected');
  return v === '1' || v === 'true';
}

/** Selects or deselects the first view's tab. */
export function setTabSelected(xml: string, selected: boolean): string {
  const { view, others } = firstView(xml);
  view.open = withAttributes(view.open, { tabSelected: selected ? '1' : null });
  return writeView(xml, view, others);
}
