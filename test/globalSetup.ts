/** Once per jest run, before the workers start: what every worker would otherwise find out for itself. */
import { shareOoxmlPython } from './workbook/xlsx/preserve/ooxmlPython';

export default function globalSetup(): void {
  shareOoxmlPython();
}
