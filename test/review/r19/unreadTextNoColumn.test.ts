/**
 * Review r19: a legacy amount cell the importer cannot read goes to Kommentar without saying which column (which
 * year) it stood in.
 *
 * What she did: Verdal's 6.1 (seeds/003) pasted from Word, «Kostnad – Mill kr.» merged over the year columns; the
 * row «5. Spredt bosetting for å oppnå trivsel og økt aktivitet.» has its 2011 cost typed «ca. 0,6» (2012–2014 0,6,
 * Samlet kostnad 0,6, Endr. drift 0,6). `import legacy.xlsx --out plan.xlsx`.
 *
 * What she sees: the measure Beregnet with 2011 empty and Kommentar «ca. 0,6» — nothing says it was the 2011 cost.
 * The other notes the importer puts in Kommentar name their place: «Planlagt år: 2012», «År: …», «2016: 500 1000
 * kr» (a year outside the period), «Annet: …», and a column with no place «<header>: <value>» (docs/spec.md §11).
 * The log names the cell of the old file («Tiltaksplan 2011-2014!D5: Teksten «ca. 0,6» er ikke et beløp; den er
 * flyttet til Kommentar.»), but the workbook she goes on with does not, and `check` has no finding on the empty 2011.
 *
 * Why it is wrong: SPEC §11: the import «converting units, with a log of every decision it made»; docs/spec.md §11:
 * text that is no amount («ca. 2 000») «stays unread and goes to Kommentar» — to be placed by the user, who must
 * know where it belongs. With a text in two year columns («ca. 0,6», «ca. 1,2») both stand in Kommentar and
 * which year each was is lost.
 *
 * By hand: the text stood under the year 2011 (column D, header D2 = 2011), so Kommentar names 2011 with it, as
 * «2011: ca. 0,6».
 */
import {
  D,
  driftRows,
  header61,
  headerMerges,
  importLegacyFile,
  miljoteam,
  writeLegacy,
  type Cell,
} from './legacyBook';

async function imported(): Promise<Record<string, unknown> | undefined> {
  const rows: Cell[][] = [
    ...header61(),
    ['SAMFUNN OG TJENESTER'],
    miljoteam(),
    [
      2,
      '5. Spredt bosetting for å oppnå trivsel og økt aktivitet.',
      0.6,
      'ca. 0,6',
      0.6,
      0.6,
      0.6,
      D,
      0.6,
      D,
      D,
    ].concat(['Leder boligkontor', 'Helse, velferd, pleie og omsorg']),
  ];
  const io = await writeLegacy(rows, [...headerMerges(1), 'A3:M3']);
  await importLegacyFile(io, 'plan.xlsx');
  return (await driftRows(io, 'plan.xlsx')).get('D-002');
}

describe('a legacy year cell that is no amount («ca. 0,6») and its note in Kommentar', () => {
  test('control: the text is not read (docs/spec.md §11) and goes to Kommentar', async () => {
    const d002 = await imported();
    expect([d002?.['2011'], d002?.['2012']]).toEqual([null, 600]);
    expect(String(d002?.Kommentar)).toContain('ca. 0,6');
  });

  test('Kommentar names the year the text stood in', async () => {
    // Before the fix: Kommentar «ca. 0,6».
    expect(String((await imported())?.Kommentar)).toContain('2011');
  });
});
