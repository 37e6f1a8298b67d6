/** `--help` texts of the command line, bokmål / nynorsk / English. */
import type { Lang } from '../domain';

type HelpKey = 'main' | 'new' | 'check' | 'import' | 'roll' | 'compare';

const nb: Record<HelpKey, string> = {
  main: `tiltaksplan – tiltaksplanen i en kommunal temaplan, kontrollert mot økonomiplanen

Bruk:
  tiltaksplan new FIL.xlsx [--start ÅR] [--years N] [--unit "1000 kr"] [--example]
  tiltaksplan check FIL.xlsx... [--format text|json|html] [--out STI] [--lang nb|nn|en] [--write] [--in-place]
  tiltaksplan import GAMMEL.xlsx --out FIL.xlsx [--start ÅR] [--unit ENHET]
  tiltaksplan roll FIL.xlsx --out FIL.xlsx
  tiltaksplan compare ELDRE.xlsx NYERE.xlsx [--format text|json|html] [--out STI] [--lang nb|nn|en]
  tiltaksplan compare FIL.xlsx --version-sheet "Versjon 1"

  tiltaksplan KOMMANDO --help   hjelp til én kommando
  tiltaksplan --version         versjon

Avslutningskode: 0 ingen feil, 1 feil funnet, 2 feil bruk eller en fil som ikke kan leses.
Ingen kommando skriver over filen den leser, med mindre du gir --in-place.
`,
  new: `tiltaksplan new FIL.xlsx [--start ÅR] [--years N] [--unit ENHET] [--example]

Lager en ny arbeidsbok med hele strukturen: innstillinger, lister, tabellene for drift, investering og
økonomiplan, med nedtrekkslister og formler.

  --start ÅR      første planår (standard: neste år)
  --years N       antall planår, 4–10 (standard: 4)
  --unit ENHET    beløpsenhet: "kr", "1000 kr" (standard) eller "mill kr"
  --example       fyll inn eksempelplanen (boligsosial handlingsplan) med bevisste avvik mot økonomiplanen

Skriver aldri over en fil som finnes fra før.
`,
  check: `tiltaksplan check FIL.xlsx... [--format text|json|html] [--out STI] [--lang nb|nn|en] [--write] [--in-place]

Kontrollerer planen: struktur, hver rad, summer og avstemming mot økonomiplanen.

  --format F      text (standard), json eller html (én utskriftsvennlig side)
  --out STI       lagre rapporten i en fil (aldri over en arbeidsbok); med --write: navnet på den kontrollerte kopien
  --lang SPRÅK    nb (standard), nn eller en
  --write         skriv arkene Sammendrag og Avstemming i en kopi: FIL-kontrollert.xlsx
  --in-place      sammen med --write: skriv i selve filen i stedet for i en kopi (også gjennom en
                  snarvei; filens rettigheter beholdes; en skrivebeskyttet fil røres ikke)

Sammendrag og Avstemming skrives aldri over egne celler: står en i veien, skrives ingenting, og cellen nevnes.
Avslutningskode: 0 ingen feil, 1 feil funnet, 2 feil bruk eller en fil som ikke kan leses eller skrives.
`,
  import: `tiltaksplan import GAMMEL.xlsx --out FIL.xlsx [--start ÅR] [--unit ENHET]

Leser gamle tiltakstabeller (som tabell 6.1 og 6.2 i Verdals boligsosiale handlingsplan) hvor som helst
i arbeidsboken og lager en ny arbeidsbok med hele strukturen. Overskrifter kjennes igjen uansett store og
små bokstaver, tegnsetting, linjeskift og orddeling; enheter i tabellhodet regnes om. Hver beslutning
logges med cellen den bygger på: på skjermen og på arket «Importlogg».

  --out FIL.xlsx  den nye arbeidsboken (påkrevd; skriver aldri over en fil som finnes fra før)
  --start ÅR      første planår (standard: første årskolonne i tabellen)
  --unit ENHET    beløpsenhet i den nye arbeidsboken, og enheten for beløp når tabellhodet ikke oppgir
                  noen: "kr", "1000 kr" (standard) eller "mill kr"

Avslutningskode: 0 filen er skrevet, 2 feil bruk, en fil som ikke kan leses, eller ingen tiltakstabell funnet.
`,
  roll: `tiltaksplan roll FIL.xlsx --out NY.xlsx

Ruller planen ett år fram: neste planperiode starter ett år senere. Første år går ut av tabellene
(investeringenes utgift det året flyttes til Tidligere bevilget), et nytt siste år kommer til (varige
tiltak får sin helårsvirkning, andre 0), økonomiplanlinjene forskyves og får et tomt nytt år, og Første
planår og Prisnivå (når det har standardformen) flyttes fram. Den gamle perioden legges på arket
«Arkiv <første>-<siste>»; tidligere arkivark tas med som verdier.

Tas ikke med: andre ark, ukjente kolonner i tabellene, formatering og egne formler. De listes på skjermen.

  --out NY.xlsx   den nye arbeidsboken (påkrevd; skriver aldri over en fil som finnes fra før)

Avslutningskode: 0 filen er skrevet, 2 feil bruk, en fil som ikke kan leses, eller ingen tiltakstabeller.
`,
  compare: `tiltaksplan compare ELDRE.xlsx NYERE.xlsx [--format text|json|html] [--out STI] [--lang nb|nn|en]
tiltaksplan compare FIL.xlsx --version-sheet "Versjon 1"

Viser hva som er endret fra en eldre versjon av planen til en nyere: nye, fjernede og endrede tiltak
(hvert endret felt med før og nå), summer per år før, nå og endring (driftskostnad, nye midler,
investering), nye midler per rammeområde, og nye, fjernede og endrede linjer i økonomiplanen. Tiltak
kobles på ID og beløp på kalenderår: en rullert plan sammenlignes på årene begge periodene har.

  --version-sheet ARK  sammenlign med en lagret versjon (Lagre versjon i oppgavepanelet, eller arkivet
                       etter en rullering) i arbeidsboken: med én fil er versjonen den eldre og filens
                       plan den nyere; med to filer hentes den eldre versjonen fra arket i ELDRE.xlsx
  --format F           text (standard), json eller html (én utskriftsvennlig side til saksframlegget)
  --out STI            lagre rapporten i en fil (aldri over en av arbeidsbøkene eller en annen .xlsx-fil)
  --lang SPRÅK         nb (standard), nn eller en

Avslutningskode: 0 sammenlignet, 2 feil bruk eller en fil som ikke kan leses (da skrives ingenting).
`,
};

const nn: Record<HelpKey, string> = {
  ...nb,
  main: nb.main
    .replace('hjelp til én kommando', 'hjelp til éin kommando')
    .replace('feil bruk eller en fil som ikke kan leses', 'feil bruk eller ei fil som ikkje kan lesast')
    .replace(
      'Ingen kommando skriver over filen den leser, med mindre du gir --in-place.',
      'Ingen kommando skriv over fila han les, med mindre du gjev --in-place.',
    ),
};

const en: Record<HelpKey, string> = {
  main: `tiltaksplan – the measures table of a municipal thematic plan, checked against the economy plan

Usage:
  tiltaksplan new FILE.xlsx [--start YEAR] [--years N] [--unit "1000 kr"] [--example]
  tiltaksplan check FILE.xlsx... [--format text|json|html] [--out PATH] [--lang nb|nn|en] [--write] [--in-place]
  tiltaksplan import LEGACY.xlsx --out FILE.xlsx [--start YEAR] [--unit UNIT]
  tiltaksplan roll FILE.xlsx --out FILE.xlsx
  tiltaksplan compare OLD.xlsx NEW.xlsx [--format text|json|html] [--out PATH] [--lang nb|nn|en]
  tiltaksplan compare FILE.xlsx --version-sheet "Versjon 1"

  tiltaksplan COMMAND --help    help on one command
  tiltaksplan --version         version

Exit status: 0 no errors, 1 errors found, 2 bad usage or a file that cannot be read.
No command writes over its input unless given --in-place.
`,
  new: `tiltaksplan new FILE.xlsx [--start YEAR] [--years N] [--unit UNIT] [--example]

Creates a new workbook with the whole structure: settings, lists, the operating, investment and economy
plan tables, with drop-downs and formulas.

  --start YEAR    first plan year (default: next year)
  --years N       number of plan years, 4–10 (default: 4)
  --unit UNIT     amount unit: "kr", "1000 kr" (default) or "mill kr"
  --example       fill in the example plan (social housing plan) with deliberate economy plan differences

Never writes over an existing file.
`,
  check: `tiltaksplan check FILE.xlsx... [--format text|json|html] [--out PATH] [--lang nb|nn|en] [--write] [--in-place]

Checks the plan: structure, every row, totals and reconciliation with the economy plan.

  --format F      text (default), json or html (one printable page)
  --out PATH      save the report in a file (never over a workbook); with --write: the name of the checked copy
  --lang LANG     nb (default), nn or en
  --write         write the Sammendrag and Avstemming sheets into a copy: FILE-kontrollert.xlsx
  --in-place      with --write: write into the file itself instead of a copy (through a symlink
                  too; the file's permissions are kept; a read-only file is left alone)

Sammendrag and Avstemming never go over cells of your own: if one is in the way, nothing is written and the cell is named.
Exit status: 0 no errors, 1 errors found, 2 bad usage or a file that cannot be read or written.
`,
  import: `tiltaksplan import LEGACY.xlsx --out FILE.xlsx [--start YEAR] [--unit UNIT]

Reads legacy measures tables (like tables 6.1 and 6.2 of Verdal's social housing plan) anywhere in the
workbook and makes a new workbook with the whole structure. Headers are recognised whatever their case,
punctuation, line breaks and hyphenation; units in the table header are converted. Every decision is logged
with the cell it rests on: on screen and on the sheet "Importlogg".

  --out FILE.xlsx the new workbook (required; never writes over an existing file)
  --start YEAR    first plan year (default: the table's first year column)
  --unit UNIT     amount unit of the new workbook, and the unit of amounts when the table header gives
                  none: "kr", "1000 kr" (default) or "mill kr"

Exit status: 0 the file was written, 2 bad usage, a file that cannot be read, or no measures table found.
`,
  roll: `tiltaksplan roll FILE.xlsx --out NEW.xlsx

Rolls the plan one year forward: the next plan period starts one year later. The first year leaves the
tables (an investment's spending that year moves to Tidligere bevilget), a new last year arrives (lasting
measures get their full-year effect, others 0), economy plan lines shift and get an empty new year, and
Første planår and Prisnivå (when it has the default form) move on. The old period goes to the sheet
"Arkiv <first>-<last>"; earlier archive sheets are carried as values.

Not carried: other sheets, unknown table columns, formatting and your own formulas. They are listed on screen.

  --out NEW.xlsx  the new workbook (required; never writes over an existing file)

Exit status: 0 the file was written, 2 bad usage, a file that cannot be read, or no measures tables.
`,
  compare: `tiltaksplan compare OLD.xlsx NEW.xlsx [--format text|json|html] [--out PATH] [--lang nb|nn|en]
tiltaksplan compare FILE.xlsx --version-sheet "Versjon 1"

Shows what changed from an older version of the plan to a newer one: new, removed and changed measures
(each changed field with before and now), totals per year before, now and change (operating cost, new
money, investment), new money per budget frame, and new, removed and changed economy plan lines. Measures
are matched by ID and amounts by calendar year: a rolled plan is compared on the years both periods hold.

  --version-sheet SHEET  compare with a saved version (Save version in the task pane, or the archive a
                         roll leaves) in the workbook: with one file the version is the older side and the
                         file's plan the newer; with two files the older side is that sheet of OLD.xlsx
  --format F             text (default), json or html (one printable page for the political case)
  --out PATH             save the report in a file (never over one of the workbooks or another .xlsx file)
  --lang LANG            nb (default), nn or en

Exit status: 0 compared, 2 bad usage or a file that cannot be read (then nothing is written).
`,
};

const HELP: Record<Lang, Record<HelpKey, string>> = { nb, nn, en };

/** The help text of the program (`main`) or of one command. */
export function cliHelp(key: HelpKey, lang: Lang = 'nb'): string {
  return HELP[lang][key];
}
