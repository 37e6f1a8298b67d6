/**
 * The report document as one self-contained, printable HTML page: inline CSS, no scripts, no external
 * resources. Every string from the workbook is escaped here, in one place.
 */
import type { Lang } from '../domain';
import { tableBodies, type Block, type CellRole, type ReportDocument, type TableBlock } from './document';

/** Escape text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const CSS = `
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:2rem;max-width:72rem}
h1{font-size:1.5rem;border-bottom:2px solid #1f4e79;padding-bottom:.3rem}
h2{font-size:1.2rem;margin-top:2rem;color:#1f4e79}
h3{font-size:1rem;margin-top:1.2rem}
table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:13px}
th,td{border:1px solid #c8c8c8;padding:.2rem .5rem;vertical-align:top;text-align:left}
th{background:#d9e1f2}
th[scope=row]{background:none;font-weight:normal}
th[scope=rowgroup]{background:none}
tbody+tbody{border-top:2px solid #777}
tr.total th[scope=row]{font-weight:bold;border-top:2px solid #777}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.total td{font-weight:bold;border-top:2px solid #777}
.error{background:#ffc7ce}.warning{background:#fff2cc}.info{background:#eef3fb}.ok{background:#c6efce}
p.error,p.warning,p.info,p.ok{padding:.3rem .5rem}
article+article{break-before:page;margin-top:3rem}
@media print{body{margin:0;max-width:none;-webkit-print-color-adjust:exact;print-color-adjust:exact}h2,h3{break-after:avoid}table{break-inside:auto}tr{break-inside:avoid}}
`;

const cls = (tone: string | undefined): string => (tone === undefined ? '' : ` class="${tone}"`);

/** One cell by its role (tableBodies). */
function cellHtml(text: string, role: CellRole, span: number, numeric: ReadonlySet<number>, i: number): string {
  if (role === 'covered') return '';
  if (role === 'group') return `<th scope="rowgroup"${span > 1 ? ` rowspan="${span}"` : ''}>${escapeHtml(text)}</th>`;
  if (role === 'row') return `<th scope="row">${escapeHtml(text)}</th>`;
  return `<td${numeric.has(i) ? ' class="num"' : ''}>${escapeHtml(text)}</td>`;
}

function tableHtml(block: TableBlock): string {
  const numeric = new Set(block.numeric ?? []);
  const head = `<tr>${block.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr>`;
  const bodies = tableBodies(block).map(({ span, rows }) => {
    const trs = rows.map(({ index, cells }) => {
      const total = block.totalRow === true && index === block.rows.length - 1;
      const tone = total ? 'total' : block.tones?.[index];
      return `<tr${cls(tone)}>${cells.map((c, i) => cellHtml(c.text, c.role, span, numeric, i)).join('')}</tr>`;
    });
    return `<tbody>${trs.join('')}</tbody>`;
  });
  return `<table><thead>${head}</thead>${bodies.join('')}</table>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p${cls(block.tone)}>${escapeHtml(block.text)}</p>`;
    case 'table':
      return tableHtml(block);
  }
}

/** One page holding the reports of one or more files, each its own printable article. */
export function renderHtml(docs: readonly ReportDocument[], lang: Lang, title: string): string {
  const articles = docs.map((d) => `<article>${d.blocks.map(blockHtml).join('\n')}</article>`).join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    `<body>\n${articles}\n</body>`,
    '</html>',
    '',
  ].join('\n');
}
