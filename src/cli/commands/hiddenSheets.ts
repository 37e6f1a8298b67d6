/**
 * What `check` says of a hidden sheet its findings name (review r43): she would look for its tab in vain. Shared by
 * `check` and `check --economy-plan`.
 */
import type { CheckResult, Lang } from '../../domain';
import { cliText } from '../../i18n/cliCommand';
import type { XlsxWorkbook } from '../../workbook/xlsx';

/**
 * A line per hidden sheet that findings name: she would look for its tab in vain (review r43). Very hidden is said
 * apart, since Excel's Unhide does not list it.
 */
export function hiddenSheetLines(wb: XlsxWorkbook, r: CheckResult, file: string, lang: Lang): string[] {
  const hidden = new Map([...wb.hiddenSheets].map(([name, how]) => [name.toLowerCase(), how]));
  const named = [...new Set(r.report.issues.map((i) => i.sheet))];
  return named.flatMap((sheet) => {
    const how = hidden.get(sheet.toLowerCase());
    return how ? [cliText(how === 'veryHidden' ? 'veryHiddenSheet' : 'hiddenSheet', lang, { file, sheet })] : [];
  });
}
