/**
 * `tiltaksplan roll FILE.xlsx --out FILE.xlsx`: rolls the plan one year forward (rullering, SPEC §11)
 * into a new canonical workbook, with the old period on an archive sheet. The input is never changed.
 */
import { readPlan } from '../../domain/readPlan';
import { notCarried } from '../../domain/rolloverCarry';
import { planRolledWorkbook } from '../../domain/rolloverWorkbook';
import { XlsxWorkbook } from '../../workbook/xlsx';
import { saveXlsxFile } from '../../workbook/xlsx/nodeFile';
import { cliText } from '../../i18n/cli';
import { openOrExplain, resolvePath } from '../files';
import { EXIT, type Command } from '../io';
import { parseInputOutput } from './inputOutput';

export const help = `tiltaksplan roll FIL.xlsx --out NY.xlsx

Ruller planen ett år fram: neste planperiode starter ett år senere. Første år går ut av tabellene
(investeringenes utgift det året flyttes til Tidligere bevilget), et nytt siste år kommer til (varige
tiltak får sin helårsvirkning, andre 0), økonomiplanlinjene forskyves og får et tomt nytt år, og Første
planår og Prisnivå (når det har standardformen) flyttes fram. Den gamle perioden legges på arket
«Arkiv <første>-<siste>»; tidligere arkivark tas med som verdier.

Tas ikke med: andre ark, ukjente kolonner i tabellene, formatering og egne formler. De listes på skjermen.

  --out NY.xlsx   den nye arbeidsboken (påkrevd; skriver aldri over en fil som finnes fra før)

Avslutningskode: 0 filen er skrevet, 2 feil bruk, en fil som ikke kan leses, eller ingen tiltakstabeller.
`;

export const run: Command = async (args, io) => {
  const o = parseInputOutput(args, io, 'roll', {});
  if (o === 'help') {
    io.stdout(help);
    return EXIT.ok;
  }
  if (o === 'usage') return EXIT.usage;
  const source = await openOrExplain(io, o.input);
  if (!source) return EXIT.usage;
  const snapshot = await source.read();
  const { plan } = readPlan(snapshot, { defaultStartYear: io.currentYear + 1 });
  if (!plan.layouts.operating && !plan.layouts.investment) {
    io.stderr(`${cliText('rollNoTable', 'nb', { file: o.input })}\n`);
    return EXIT.usage;
  }
  const { edits, content, archiveSheet } = planRolledWorkbook(snapshot, plan);
  const wb = XlsxWorkbook.empty();
  await wb.apply(edits);
  await saveXlsxFile(wb, resolvePath(io, o.out));
  const { startYear, yearCount } = content.settings;
  const years = `${startYear}–${startYear + yearCount - 1}`;
  io.stdout(`${cliText('rollWritten', 'nb', { file: o.out, years, sheet: archiveSheet })}\n`);
  for (const what of notCarried(snapshot, plan)) io.stdout(`${cliText('notCarried', 'nb', { what })}\n`);
  return EXIT.ok;
};
