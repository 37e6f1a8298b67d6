/**
 * Number formats of cells, from styles.xml: each cell style (xf) names a format id; ids below 164 are
 * Excel's built-in formats, the rest are declared in <numFmts>. Also tells dates apart from numbers, so
 * that a date reads as a date (an ISO string), as it did through exceljs.
 */
import { isDateFormat } from '../../../domain';
import type { OpcPackage } from '../package';
import { parseXml } from './sax';

/** Excel's built-in format codes by id (ECMA-376 §18.8.30), as Excel shows them in the en-US locale. */
const BUILT_IN: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The format code of a built-in id, or undefined. */
export const builtInFormat = (id: number): string | undefined => BUILT_IN[id];

export interface CellFormats {
  /** The format code of a cell style index; null for General. */
  formatOf(styleIndex: number): string | null;
  /** Whether a style index shows dates. */
  isDate(styleIndex: number): boolean;
}

/** The cell styles' number formats of a styles part (none: every cell is General). */
export function readCellFormats(pkg: OpcPackage, part: string | null): CellFormats {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  if (part !== null) {
    let inCellXfs = false;
    parseXml(part, pkg.text(part), {
      open(local, a) {
        if (local === 'numFmt') custom.set(Number(a['numFmtId']), a['formatCode'] ?? '');
        else if (local === 'cellXfs') inCellXfs = true;
        else if (local === 'xf' && inCellXfs) xfFormats.push(Number(a['numFmtId'] ?? 0));
      },
      close(local) {
        if (local === 'cellXfs') inCellXfs = false;
      },
      text() {},
    });
  }
  const codes = xfFormats.map((id) => {
    const code = custom.get(id) ?? builtInFormat(id) ?? null;
    return code === null || code === '' || code.toLowerCase() === 'general' ? null : code;
  });
  const dates = codes.map((c) => c !== null && isDateFormat(c));
  return {
    formatOf: (i) => codes[i] ?? null,
    isDate: (i) => dates[i] ?? false,
  };
}
