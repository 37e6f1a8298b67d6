/**
 * Workbooks for measuring the task pane at real sizes (bench/pane.mjs): the generated plan of `n` operating
 * measures, clean, and a variant with many findings — every tenth measure's financing does not add up (one
 * unit more new money than the cost) and a third of the economy plan's measure lines are off by one unit —
 * so that Kontroll and Avstemming list thousands of findings and items. Not part of `npm run bench`.
 * Usage: npx tsx bench/paneFiles.ts OUT_DIR [n …]   → writes plan-N.xlsx and plan-N-findings.xlsx
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { planWorkbook, type PlanContent } from '../src/domain';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { generateContent } from './generate';

/** The generated plan with findings: financing off on every tenth costed measure, economy plan off on a third. */
export function withFindings(content: PlanContent): PlanContent {
  const operating = content.operating.map((row, i) => {
    const finNew = row.values.finNew;
    if (i % 10 !== 0 || typeof finNew !== 'number') return row;
    return { ...row, values: { ...row.values, finNew: finNew + 1 } };
  });
  let line = 0;
  const economyPlan = content.economyPlan.map((row) => {
    if (row.values.lineType !== 'Tiltak' || line++ % 3 !== 0) return row;
    return { ...row, years: row.years.map((y, k) => (k === 0 && typeof y === 'number' ? y + 1 : y)) };
  });
  return { ...content, operating, economyPlan };
}

async function write(content: PlanContent, file: string): Promise<void> {
  const wb = XlsxWorkbook.empty();
  await wb.apply(planWorkbook(content));
  await fs.writeFile(file, await wb.toBuffer());
}

async function main(): Promise<void> {
  const [dir, ...sizes] = process.argv.slice(2);
  if (!dir) throw new Error('usage: tsx bench/paneFiles.ts OUT_DIR [n …]');
  await fs.mkdir(dir, { recursive: true });
  for (const n of sizes.length > 0 ? sizes.map(Number) : [1000, 5000]) {
    const content = generateContent(n);
    await write(content, path.join(dir, `plan-${n}.xlsx`));
    await write(withFindings(content), path.join(dir, `plan-${n}-findings.xlsx`));
  }
}

void main();
