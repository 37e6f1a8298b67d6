/** The product's cell styles (CellStyle) as exceljs fonts, fills and borders. */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../domain';

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

interface Look {
  readonly font?: Partial<ExcelJS.Font>;
  readonly fill?: ExcelJS.Fill;
  readonly border?: Partial<ExcelJS.Borders>;
}

const LOOKS: Record<CellStyle, Look> = {
  title: { font: { bold: true, size: 14 } },
  header: {
    font: { bold: true },
    fill: solid('FFD9E1F2'),
    border: { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } },
  },
  computed: { font: { italic: true, color: { argb: 'FF404040' } }, fill: solid('FFEDEDED') },
  input: { fill: solid('FFFFF9E5') },
  ok: { font: { color: { argb: 'FF006100' } }, fill: solid('FFC6EFCE') },
  bad: { font: { color: { argb: 'FF9C0006' } }, fill: solid('FFFFC7CE') },
  note: { font: { italic: true, color: { argb: 'FF595959' } } },
};

/** Give one cell a product style; keeps its number format and alignment. */
export function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  const look = LOOKS[style];
  if (look.font) cell.font = { ...look.font };
  if (look.fill) cell.fill = look.fill;
  if (look.border) cell.border = { ...look.border };
}

/** The fill colour (ARGB) a style gives, for tests. */
export function styleFill(style: CellStyle): string | undefined {
  const fill = LOOKS[style].fill;
  return fill && fill.type === 'pattern' ? fill.fgColor?.argb : undefined;
}
