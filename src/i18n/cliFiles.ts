/**
 * The command line's words for files it will not or cannot write (and the system's reasons), and for a workbook of
 * the product's that import will not read as a legacy table, bokmål / nynorsk / English. A line names the user's
 * path as given, never a temporary file. The command line's alone: the pane's bundle does not carry them.
 */
import { makeTranslator, type Catalog } from './translate';

const nb = {
  'fs.exists': 'det finnes allerede noe med det navnet',
  'fs.missing': 'filen finnes ikke',
  'fs.missing-meant':
    'filen finnes ikke, men «{meant}» gjør det (Windows skjuler filendelser som .xlsx); skriv «{meant}»',
  'fs.wildcard':
    'ingen fil heter det: stjernen (*) ble ikke byttet ut med filnavn (ledeteksten i Windows gjør ikke det); skriv filnavnene hvert for seg: {files}',
  'fs.wildcard-none':
    'ingen fil heter det: stjernen (*) ble ikke byttet ut med filnavn (ledeteksten i Windows gjør ikke det), og ingen arbeidsbok i mappen passer til mønsteret; kontroller navnet og mappen',
  'fs.read-only': 'filen er skrivebeskyttet',
  'fs.hard-linked':
    'filen har flere navn (harde lenker), og en ny versjon ville skille dem; skriv til et nytt navn (arbeidsboken: --write --out)',
  'fs.changed': 'filen er endret siden den ble lest (lagret i Excel imens?); kjør kommandoen på nytt',
  'fs.owner': 'filen eies av en annen bruker eller gruppe, og eierskapet kan ikke beholdes',
  'fs.permission': 'mangler tillatelse',
  'fs.folder-permission': 'mangler tillatelse til å lage filer i mappen',
  'fs.no-folder': 'mappen finnes ikke; lag den først, eller velg en mappe som finnes',
  'fs.not-a-folder': 'en del av stien er ikke en mappe',
  'fs.is-folder': 'det er en mappe; gi et filnavn i mappen',
  'fs.not-a-file': 'ikke en vanlig fil',
  'fs.disk-full': 'ikke nok ledig plass på disken',
  'fs.read-only-fs': 'disken eller mappen er skrivebeskyttet',
  'fs.too-long': 'navnet er for langt',
  'fs.busy': 'filen er i bruk av et annet program (åpen i Excel?); lukk den og kjør kommandoen på nytt',
  'fs.open':
    'den er åpen i {program} (den skjulte filen {lock} finnes). Ingenting er skrevet. Lukk den i {program} og kjør kommandoen på nytt. Er den ikke åpen, er {lock} til overs etter et krasj: slett {lock}',
  'fs.owner-file':
    'ikke en arbeidsbok, men den skjulte filen {program} holder mens «{workbook}» er åpen; den forsvinner når «{workbook}» lukkes. Ta den ikke med (sjekk «{workbook}»)',
  'fs.in-use':
    'systemet nektet å erstatte filen ({code}): den er trolig åpen i Excel eller et annet program. Ingenting er skrevet; lukk den og kjør kommandoen på nytt',
  'fs.in-use-after':
    'systemet nektet å erstatte filen ({code}): den er trolig åpen i Excel eller et annet program; lukk den',
  'fs.io': 'lese- eller skrivefeil på disken',
  'fs.other': 'systemfeil {code}',
  reportAsWorkbook:
    '{file}: rapporten er tekst og lagres ikke under et arbeidsboknavn (.xlsx, .xlsm). Skal arbeidsboken skrives, bruk --write --out.',
  reportAsWorkbookNoCopy:
    '{file}: rapporten er tekst og lagres ikke under et arbeidsboknavn (.xlsx, .xlsm). Velg et navn som slutter på .txt, .json eller .html.',
  openReadSaved:
    '{file}: er åpen i {program} ({lock} finnes), så det som sist ble lagret, leses. Har du endret noe i {program} siden, lagre og kjør kommandoen på nytt.',
  reportAsDocument:
    '{file}: rapporten er tekst, JSON eller HTML og kan ikke lagres som {ext} (filen ville ikke la seg åpne). Gi den et navn som slutter på .txt, .json eller .html; skal du ha PDF, lagre rapporten som .html, åpne den i nettleseren og skriv den ut til PDF.',
  reportOverWorkbook: '{file} er en arbeidsbok; en rapport skrives aldri over en arbeidsbok. Velg et annet navn.',
  noneWritten: 'Ingenting er skrevet, for arbeidsbøkene i én kjøring lagres alle eller ingen. Ikke lagret: {files}.',
  partlyWritten:
    'Bare en del er skrevet. Lagret: {written}. Ikke lagret: {unwritten}. Rett feilen og kjør kommandoen på nytt, så alle skrives fra samme kontroll.',
  sameTarget: '{file} ville blitt skrevet to ganger i samme kjøring; oppgi hver arbeidsbok én gang.',
  copyExtension: '{file}: kopien av {input} må ha et navn som slutter på {ext}, ellers åpner ikke Excel den.',
  importIsPlan:
    '{file}: ingenting er skrevet: arbeidsboken er allerede en tiltaksplan (den har tabellen over driftstiltak eller investeringstiltak), så det er ingen gammel tabell å hente inn. ' +
    'Kontroller den med «tiltaksplan check {file}», og rullér den til en ny planperiode med «tiltaksplan roll {file} --out NY.xlsx».',
  importIsEconomyPlan:
    '{file}: ingenting er skrevet: filen er en økonomiplan uten tabellene over driftstiltak og investeringstiltak, ikke en gammel tiltaksplan å hente inn. ' +
    'Avstem planene mot den med «tiltaksplan check PLAN.xlsx --economy-plan {file}».',
};

type FileKey = keyof typeof nb;

const nn: Record<FileKey, string> = {
  'fs.exists': 'det finst allereie noko med det namnet',
  'fs.missing': 'fila finst ikkje',
  'fs.missing-meant':
    'fila finst ikkje, men «{meant}» gjer det (Windows gøymer filendingar som .xlsx); skriv «{meant}»',
  'fs.wildcard':
    'inga fil heiter det: stjerna (*) vart ikkje bytt ut med filnamn (ledeteksten i Windows gjer ikkje det); skriv filnamna kvar for seg: {files}',
  'fs.wildcard-none':
    'inga fil heiter det: stjerna (*) vart ikkje bytt ut med filnamn (ledeteksten i Windows gjer ikkje det), og inga arbeidsbok i mappa passar til mønsteret; kontroller namnet og mappa',
  'fs.read-only': 'fila er skriveverna',
  'fs.hard-linked':
    'fila har fleire namn (harde lenkjer), og ein ny versjon ville skilje dei; skriv til eit nytt namn (arbeidsboka: --write --out)',
  'fs.changed': 'fila er endra sidan ho vart lesen (lagra i Excel i mellomtida?); køyr kommandoen på nytt',
  'fs.owner': 'fila er eigd av ein annan brukar eller gruppe, og eigarskapen kan ikkje haldast',
  'fs.permission': 'manglar løyve',
  'fs.folder-permission': 'manglar løyve til å lage filer i mappa',
  'fs.no-folder': 'mappa finst ikkje; lag ho først, eller vel ei mappe som finst',
  'fs.not-a-folder': 'ein del av stien er ikkje ei mappe',
  'fs.is-folder': 'det er ei mappe; gi eit filnamn i mappa',
  'fs.not-a-file': 'ikkje ei vanleg fil',
  'fs.disk-full': 'ikkje nok ledig plass på disken',
  'fs.read-only-fs': 'disken eller mappa er skriveverna',
  'fs.too-long': 'namnet er for langt',
  'fs.busy': 'fila er i bruk av eit anna program (open i Excel?); lukk ho og køyr kommandoen på nytt',
  'fs.open':
    'ho er open i {program} (den skjulte fila {lock} finst). Ingenting er skrive. Lukk ho i {program} og køyr kommandoen på nytt. Er ho ikkje open, er {lock} til overs etter eit krasj: slett {lock}',
  'fs.owner-file':
    'ikkje ei arbeidsbok, men den skjulte fila {program} held medan «{workbook}» er open; ho forsvinn når «{workbook}» blir lukka. Ta ho ikkje med (sjekk «{workbook}»)',
  'fs.in-use':
    'systemet nekta å erstatte fila ({code}): ho er truleg open i Excel eller eit anna program. Ingenting er skrive; lukk ho og køyr kommandoen på nytt',
  'fs.in-use-after':
    'systemet nekta å erstatte fila ({code}): ho er truleg open i Excel eller eit anna program; lukk ho',
  'fs.io': 'lese- eller skrivefeil på disken',
  'fs.other': 'systemfeil {code}',
  reportAsWorkbook:
    '{file}: rapporten er tekst og blir ikkje lagra under eit arbeidsboknamn (.xlsx, .xlsm). Skal arbeidsboka skrivast, bruk --write --out.',
  reportAsWorkbookNoCopy:
    '{file}: rapporten er tekst og blir ikkje lagra under eit arbeidsboknamn (.xlsx, .xlsm). Vel eit namn som sluttar på .txt, .json eller .html.',
  openReadSaved:
    '{file}: er open i {program} ({lock} finst), så det som sist vart lagra, blir lese. Har du endra noko i {program} sidan, lagre og køyr kommandoen på nytt.',
  reportAsDocument:
    '{file}: rapporten er tekst, JSON eller HTML og kan ikkje lagrast som {ext} (fila ville ikkje la seg opne). Gi ho eit namn som sluttar på .txt, .json eller .html; skal du ha PDF, lagre rapporten som .html, opne han i nettlesaren og skriv han ut til PDF.',
  reportOverWorkbook: '{file} er ei arbeidsbok; ein rapport blir aldri skriven over ei arbeidsbok. Vel eit anna namn.',
  noneWritten: 'Ingenting er skrive, for arbeidsbøkene i éi køyring blir lagra alle eller ingen. Ikkje lagra: {files}.',
  partlyWritten:
    'Berre ein del er skriven. Lagra: {written}. Ikkje lagra: {unwritten}. Rett feilen og køyr kommandoen på nytt, så alle blir skrivne frå same kontroll.',
  sameTarget: '{file} ville blitt skriven to gonger i same køyring; oppgi kvar arbeidsbok éin gong.',
  copyExtension: '{file}: kopien av {input} må ha eit namn som sluttar på {ext}, elles opnar ikkje Excel han.',
  importIsPlan:
    '{file}: ingenting er skrive: arbeidsboka er allereie ein tiltaksplan (ho har tabellen over driftstiltak eller investeringstiltak), så det er ingen gammal tabell å hente inn. ' +
    'Kontroller ho med «tiltaksplan check {file}», og rullér ho til ein ny planperiode med «tiltaksplan roll {file} --out NY.xlsx».',
  importIsEconomyPlan:
    '{file}: ingenting er skrive: fila er ein økonomiplan utan tabellane over driftstiltak og investeringstiltak, ikkje ein gammal tiltaksplan å hente inn. ' +
    'Avstem planane mot han med «tiltaksplan check PLAN.xlsx --economy-plan {file}».',
};

const en: Record<FileKey, string> = {
  'fs.exists': 'something with that name exists already',
  'fs.missing': 'no such file',
  'fs.missing-meant': 'no such file, but "{meant}" is there (Windows hides file endings such as .xlsx); type "{meant}"',
  'fs.wildcard':
    "no file has that name: the star (*) was not replaced by file names (Windows' command prompt does not do that); type the file names one by one: {files}",
  'fs.wildcard-none':
    "no file has that name: the star (*) was not replaced by file names (Windows' command prompt does not do that), and no workbook in the folder fits the pattern; check the name and the folder",
  'fs.read-only': 'the file is read-only',
  'fs.hard-linked':
    'the file has several names (hard links) and a new version would split them; write to a new name (the workbook: --write --out)',
  'fs.changed': 'the file has changed since it was read (saved in Excel meanwhile?); run the command again',
  'fs.owner': 'the file belongs to another user or group and its ownership cannot be kept',
  'fs.permission': 'permission denied',
  'fs.folder-permission': 'no permission to create files in the folder',
  'fs.no-folder': 'the folder does not exist; make it first, or choose a folder that exists',
  'fs.not-a-folder': 'part of the path is not a folder',
  'fs.is-folder': 'it is a folder; give a file name in the folder',
  'fs.not-a-file': 'not a regular file',
  'fs.disk-full': 'not enough free space on the disk',
  'fs.read-only-fs': 'the disk or folder is read-only',
  'fs.too-long': 'the name is too long',
  'fs.busy': 'the file is in use by another program (open in Excel?); close it and run the command again',
  'fs.open':
    'it is open in {program} (the hidden file {lock} is there). Nothing was written. Close it in {program} and run the command again. If it is not open, {lock} is left over from a crash: delete {lock}',
  'fs.owner-file':
    'not a workbook but the hidden file {program} keeps while “{workbook}” is open; it goes when “{workbook}” is closed. Leave it out (check “{workbook}”)',
  'fs.in-use':
    'the system refused to replace the file ({code}): it is probably open in Excel or another program. Nothing was written; close it and run the command again',
  'fs.in-use-after':
    'the system refused to replace the file ({code}): it is probably open in Excel or another program; close it',
  'fs.io': 'disk read or write error',
  'fs.other': 'system error {code}',
  reportAsWorkbook:
    '{file}: the report is text and is not saved under a workbook name (.xlsx, .xlsm). To write the workbook, use --write --out.',
  reportAsWorkbookNoCopy:
    '{file}: the report is text and is not saved under a workbook name (.xlsx, .xlsm). Choose a name ending in .txt, .json or .html.',
  openReadSaved:
    '{file}: is open in {program} ({lock} is there), so what was last saved is read. If you have changed anything in {program} since, save and run the command again.',
  reportAsDocument:
    '{file}: the report is text, JSON or HTML and cannot be saved as {ext} (the file would not open). Give it a name ending in .txt, .json or .html; for a PDF, save the report as .html, open it in the browser and print it to PDF.',
  reportOverWorkbook: '{file} is a workbook; a report is never written over a workbook. Choose another name.',
  noneWritten: 'Nothing was written: the workbooks of one run are saved all or none. Not saved: {files}.',
  partlyWritten:
    'Only part was written. Saved: {written}. Not saved: {unwritten}. Fix the error and run the command again, so that all are written from the same check.',
  sameTarget: '{file} would be written twice in one run; give each workbook once.',
  copyExtension: '{file}: the copy of {input} needs a name ending in {ext}, or Excel will not open it.',
  importIsPlan:
    '{file}: nothing was written: the workbook is already a measures plan (it has the operating or the investment measures table), so there is no legacy table to bring in. ' +
    'Check it with "tiltaksplan check {file}", and roll it into a new plan period with "tiltaksplan roll {file} --out NEW.xlsx".',
  importIsEconomyPlan:
    '{file}: nothing was written: the file is an economy plan without the operating and investment measures tables, not an older plan to bring in. ' +
    'Reconcile the plans against it with "tiltaksplan check PLAN.xlsx --economy-plan {file}".',
};

/** The catalogue, exported for the catalogue tests. */
export const FILE_CATALOG: Catalog<FileKey> = { nb, nn, en };

export type { FileKey };

/** A file message in one language, with `{name}` placeholders filled. */
export const fileText = makeTranslator(FILE_CATALOG);
