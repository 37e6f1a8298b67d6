/**
 * Writes examples/kommune/: three thematic plans and the municipality's economy plan (scripts/kommune.ts
 * says what the consolidated check finds in them). Run: npx tsx scripts/make-kommune.ts, then
 *   tiltaksplan check examples/kommune/boligsosial.xlsx examples/kommune/helse.xlsx \
 *     examples/kommune/oppvekst.xlsx --economy-plan examples/kommune/okonomiplan.xlsx
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildEconomyPlanWorkbook, buildNewWorkbook } from '../src/cli/commands/new';
import { saveXlsxFile } from '../src/workbook/xlsx/nodeFile';
import { KOMMUNE_FILES } from './kommune';

/** Writes the four workbooks into `dir`; the paths written. */
export async function makeKommune(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const f of KOMMUNE_FILES) {
    const wb = f.economy ? await buildEconomyPlanWorkbook(f.content) : await buildNewWorkbook(f.content);
    const file = path.join(dir, f.file);
    await saveXlsxFile(wb, file, 'new-or-replace');
    written.push(file);
  }
  return written;
}

if (require.main === module)
  void makeKommune(path.join(__dirname, '..', 'examples', 'kommune')).then((files) =>
    files.forEach((f) => console.log(`wrote ${f}`)),
  );
