/**
 * The pane's layout rules: one column that works from 320 px (Excel opens task panes about 320–350 px wide),
 * wide tables that scroll inside their own box with the row labels fixed, a header that wraps instead of
 * squeezing its language label.
 */
export const PANE_CSS = `
html, body { margin: 0; }
.tp-root { min-height: 100vh; padding: 8px 12px 24px; box-sizing: border-box; max-width: 100%; overflow-x: hidden; }
.tp-header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 4px 8px; }
.tp-header .fui-Field { flex: 0 0 auto; display: flex; align-items: center; gap: 6px; }
.tp-header .fui-Label { white-space: nowrap; }
.tp-title { font-size: 20px; margin: 4px 0; }
.tp-heading { font-size: 18px; margin: 8px 0 4px; }
.tp-subheading { font-size: 15px; font-weight: 600; margin: 12px 0 4px; }
.tp-tabs { flex-wrap: wrap; margin: 8px 0; }
.tp-view { display: flex; flex-direction: column; gap: 10px; min-width: 0; }
.tp-view > .fui-Button { align-self: flex-start; max-width: 100%; }
.tp-view .fui-Select, .tp-view .fui-Input { max-width: 100%; min-width: 0; }
.tp-view .fui-Select__select { min-width: 0; text-overflow: ellipsis; }
.tp-years .fui-Input { width: 100%; }
.tp-main { display: flex; flex-direction: column; gap: 12px; min-width: 0; }
.tp-actions { display: flex; flex-wrap: wrap; gap: 8px; }
.tp-badges { display: flex; flex-wrap: wrap; gap: 6px; }
.tp-facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0; }
.tp-facts dt { font-weight: 600; }
.tp-facts dd { margin: 0; overflow-wrap: anywhere; }
.tp-list { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 4px; }
.tp-finding { justify-content: flex-start; text-align: left; width: 100%; height: auto; padding: 4px 6px; gap: 8px; }
.tp-finding > span { overflow-wrap: anywhere; font-weight: normal; }
.tp-cell { font-family: monospace; font-weight: 600; }
.tp-severity { font-size: 13px; margin: 6px 0 2px; }
.tp-item { border-left: 3px solid currentColor; padding: 4px 8px; display: flex; flex-direction: column; gap: 4px; }
.tp-item-head { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.tp-item-head > span, .tp-changes { overflow-wrap: anywhere; min-width: 0; }
.tp-changes { margin: 0; padding-left: 16px; }
.tp-num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.tp-scroll { overflow-x: auto; max-width: 100%; border: 1px solid var(--colorNeutralStroke2); border-radius: 4px; }
.tp-num .fui-TableHeaderCell__button { justify-content: flex-end; }
.tp-caption { font-weight: 600; font-size: 13px; margin: 6px 0 2px; }
.tp-table { table-layout: auto; width: max-content; min-width: 100%; }
.tp-table td:first-child, .tp-table th:first-child { min-width: 7em; max-width: 11em; position: sticky; left: 0; z-index: 1; background: var(--colorNeutralBackground1); box-shadow: 1px 0 0 var(--colorNeutralStroke2); }
.tp-chart { margin: 0; max-width: 480px; }
.tp-legend { display: flex; flex-wrap: wrap; gap: 8px; font-size: 12px; }
.tp-form { display: flex; flex-direction: column; gap: 8px; }
.tp-form fieldset { border: 1px solid currentColor; border-radius: 4px; padding: 6px 8px; margin: 0; min-width: 0; }
.tp-years { display: grid; grid-template-columns: repeat(auto-fill, minmax(110px, 1fr)); gap: 6px; }
.tp-years legend { grid-column: 1 / -1; }
.tp-areas { display: flex; flex-direction: column; }
.tp-filebar { display: flex; flex-direction: column; gap: 6px; padding: 8px; border: 1px dashed currentColor; border-radius: 4px; margin: 8px 0; }
.tp-dragging { outline: 3px solid #0f6cbd; }
.tp-preview { min-width: 0; }
.tp-sheet { max-height: 260px; overflow: auto; border: 1px solid currentColor; }
.tp-sheet table { border-collapse: collapse; font-size: 12px; }
.tp-sheet th, .tp-sheet td { border: 1px solid rgba(128,128,128,0.4); padding: 2px 4px; white-space: nowrap; max-width: 180px; overflow: hidden; text-overflow: ellipsis; }
.tp-sheet thead th { position: sticky; top: 0; z-index: 2; background: var(--colorNeutralBackground3); }
.tp-sheet tbody th { position: sticky; left: 0; z-index: 1; background: var(--colorNeutralBackground3); }
.tp-sheet td[data-selected] { outline: 3px solid var(--colorPaletteRedBorderActive); outline-offset: -3px; background: var(--colorPaletteYellowBackground2); }
`;
