/**
 * Review r30 (low, unclear message, the browser pane's add measure): a measure she typed right under the table
 * (outside it: LibreOffice, or Excel's auto-expansion undone) stops «Nytt tiltak» with the advice to move it away.
 *
 * What she does: under the example's tblTiltakDrift (A1:U12) she typed D-012 «Frivillighetskoordinator» in row 13
 * (Organisasjon, 7, Varig, Beregnet, 100 a year, Leder boligkontor). `check` already says what it is: `row-below-table`
 * at A13, «Rad 13, rett under tabellen over driftstiltak, har en ID som tabellens tiltak, men ligger utenfor tabellen
 * … utvid tabellen over den (under Struktur i tillegget …)». Then in the browser pane she adds «Ny bolig».
 *
 * What happens: «Tiltaket kan ikke legges til ennå: Tiltak drift!A13, Tiltak drift!B13, Tiltak drift!C13 og 10 celler
 * til har innhold som ikke er Tiltaksplans, der den nye raden skal stå. Flytt innholdet, så kan tiltaket legges til.»
 * — «not Tiltaksplan's content» for a measure of her plan, and «move it» where the check (and repair, docs/spec.md §11:
 * «A line typed right under a measure … table (`row-below-table`) is taken into the table») says to take it in.
 *
 * What a careful user expects: one advice for one row (SPEC §8: a message she can act on). By hand: the refusal
 * names row 13 as a measure outside the table and says to take it into the table (Struktur), as the check does.
 */
import { planAddMeasure, readPlan } from '../../../src/domain';
import { addBlockedText } from '../../../src/i18n/userCells';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { examplePkg } from './herTable';

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;

test('adding below her measure typed under the table advises to take that row in, not to move it', async () => {
  const { pkg } = await examplePkg();
  const row13 =
    '<row r="13">' +
    [
      inline('A13', 'D-012'),
      inline('B13', 'Organisasjon'),
      num('C13', 7),
      inline('E13', 'Frivillighetskoordinator'),
      inline('F13', 'Varig'),
      inline('G13', 'Beregnet'),
      ...['H', 'I', 'J', 'K', 'M', 'O'].map((c) => num(`${c}13`, 100)),
      inline('R13', 'Leder boligkontor'),
    ].join('') +
    '</row>';
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) => x.replace(/<row r="13">.*?<\/row>/, row13));
  const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());
  const snapshot = await wb.read();
  const plan = readPlan(snapshot, { defaultStartYear: 2027 }).plan;
  const row = { values: { measure: 'Ny bolig', section: 'Samfunn og tjenester' }, years: [100, 200, 0, 0] };
  const planned = planAddMeasure(plan, 'operating', row, snapshot);
  expect(planned.ok).toBe(false);
  if (planned.ok) return;
  const text = addBlockedText(planned.blocked, 'nb');
  expect(text).toContain('A13');
  expect(text).not.toContain('Flytt innholdet');
  expect(text).toMatch(/Struktur|utvid tabellen/);
});
