/**
 * A read-only grid of one sheet, with the selected cell highlighted and scrolled into view: in a plain
 * browser this is where "go to the cell" lands.
 */
import { useEffect, useRef } from 'react';
import { columnLetter, formatNumber, parseA1, type CellValue, type Lang, type WorkbookSnapshot } from '../../domain';
import { tp } from '../../i18n/taskpane';
import type { Selection } from './selectionPort';

/**
 * Rows shown: a window around the selected cell, half of it above. It began at row 1 and stopped at row 200,
 * so a finding further down a sheet of 5 000 measures landed on nothing; and 200 rows were 4 600 DOM nodes.
 */
const WINDOW = 100;
const MAX_COLS = 40;

function show(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'object') return v.error;
  return String(v);
}

interface Props {
  readonly lang: Lang;
  readonly snapshot: WorkbookSnapshot;
  readonly selection: Selection;
}

export function SheetPreview({ lang, snapshot, selection }: Props): JSX.Element | null {
  const selected = useRef<HTMLTableCellElement>(null);
  useEffect(() => {
    selected.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selection]);
  const sheet = snapshot.sheets.find((s) => s.sheet === selection.sheet);
  const at = parseA1(selection.cell);
  if (!sheet) return null;
  const origin = parseA1(sheet.origin) ?? { row: 1, col: 1 };
  const last = Math.max(sheet.values.length + origin.row - 1, at?.row ?? 0);
  const top = Math.max(1, Math.min((at?.row ?? 1) - WINDOW / 2, last - WINDOW + 1));
  const rows = Math.max(0, Math.min(last, top + WINDOW - 1) - top + 1);
  const cols = Math.min(
    MAX_COLS,
    sheet.values.reduce((a, r) => Math.max(a, r.length + origin.col - 1), at?.col ?? 0),
  );
  const value = (r: number, c: number) => sheet.values[r - origin.row]?.[c - origin.col];
  const caption = tp(lang, 'preview', { sheet: sheet.sheet });
  return (
    <div className="tp-preview">
      <div className="tp-caption">
        {caption} · {tp(lang, 'previewSelected', { cell: selection.cell })}
      </div>
      <div className="tp-scroll tp-sheet" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <thead>
            <tr>
              <th scope="col" />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col">
                  {columnLetter(c + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, i) => top + i).map((r) => (
              <tr key={r}>
                <th scope="row">{r}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const isSelected = at?.row === r && at.col === c + 1;
                  return (
                    <td
                      key={c}
                      ref={isSelected ? selected : undefined}
                      data-cell={`${columnLetter(c + 1)}${r}`}
                      data-selected={isSelected || undefined}
                      aria-current={isSelected ? 'true' : undefined}
                    >
                      {show(value(r, c + 1))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
