/** The product's cell styles (CellStyle) as fonts, fills and borders (ARGB colours). */
import type { CellStyle } from '../../../domain';

export interface Look {
  readonly font?: {
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly size?: number;
    readonly color?: string;
  };
  readonly fill?: string;
  readonly bottomBorder?: { readonly style: string; readonly color: string };
}

export const LOOKS: Readonly<Record<CellStyle, Look>> = {
  title: { font: { bold: true, size: 14 } },
  header: { font: { bold: true }, fill: 'FFD9E1F2', bottomBorder: { style: 'thin', color: 'FF8EA9DB' } },
  computed: { font: { italic: true, color: 'FF404040' }, fill: 'FFEDEDED' },
  input: { fill: 'FFFFF9E5' },
  ok: { font: { color: 'FF006100' }, fill: 'FFC6EFCE' },
  bad: { font: { color: 'FF9C0006' }, fill: 'FFFFC7CE' },
  note: { font: { italic: true, color: 'FF595959' } },
};

/** The fill colour (ARGB) a style gives, for tests. */
export const styleFill = (style: CellStyle): string | undefined => LOOKS[style].fill;
