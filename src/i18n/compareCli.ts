/**
 * `tiltaksplan compare`'s own messages (which files, which saved version), bokmål / nynorsk / English. The command
 * line's alone: the pane's bundle does not carry them.
 */
import { GLOSSARY_EN, GLOSSARY_NB, GLOSSARY_NN } from './glossary';
import { makeTranslator } from './translate';

const nb = (g: typeof GLOSSARY_NB) => ({
  cliNeedTwo:
    'Oppgi to arbeidsbøker (ELDRE.xlsx NYERE.xlsx), eller én arbeidsbok og --version-sheet. Se «tiltaksplan compare --help».',
  cliNoVersion: '{file}: arket «{sheet}» er ikke en lagret versjon. {versions}',
  cliNoSheet: '{file}: har ikke noe ark som heter «{sheet}». {versions}',
  cliTooMany:
    'For mange filer: {files}. Oppgi to arbeidsbøker (ELDRE.xlsx NYERE.xlsx), eller én arbeidsbok og --version-sheet.',
  cliSameFile:
    'Du sammenligner {file} med seg selv, så ingenting er endret. Oppgi to ulike versjoner (ELDRE.xlsx NYERE.xlsx), eller én arbeidsbok og --version-sheet for å sammenligne med en lagret versjon i den.',
  cliSameFileLinked:
    'Du sammenligner filen med seg selv: {file} og {other} er samme fil, så ingenting er endret. Oppgi to ulike versjoner (ELDRE.xlsx NYERE.xlsx), eller én arbeidsbok og --version-sheet for å sammenligne med en lagret versjon i den.',
  cliVersions: 'Lagrede versjoner: {sheets}.',
  cliNoVersions: `Arbeidsboken har ingen lagrede versjoner. Lagre en under ${g.structure} i oppgavepanelet, eller sammenlign to filer.`,
  cliNoPlan:
    '{file}: finner ingen tiltakstabell (arket «Tiltak drift» eller «Tiltak investering»). Velg en arbeidsbok med tiltaksplanen.',
  cliEconomyPlan:
    '{file} er en økonomiplan, ikke en tiltaksplan: den har økonomiplantabellen, men ingen tabell over driftstiltak eller investeringstiltak. ' +
    'compare sammenligner to versjoner av samme tiltaksplan. Vil du avstemme planene mot økonomiplanen, kjør «tiltaksplan check PLAN.xlsx --economy-plan {file}».',
  cliNoSettings:
    'Sammenligner ikke {file}: innstillingene ble ikke funnet (innstillingstabellen, eller kolonnen Innstilling eller Verdi i den), så Første planår, Antall planår og Beløpsenhet ville blitt gjettet (neste år, 4 år, 1000 kr): beløpene kunne blitt lest i feil enhet og årene sammenlignet feil. Rett først det funnet nedenfor sier. Ingenting er skrevet.',
  cliTableNotFound:
    'Sammenligner ikke {file} med {other}: en tabell eller kolonne som {other} har, ble ikke funnet i {file}, så hvert tiltak (eller hver økonomiplanlinje) i tabellen ville stått som fjernet eller nytt, eller hver verdi i kolonnen som tømt, og summene flyttet uten at noe er endret. Rett først det funnet nedenfor sier. Ingenting er skrevet.',
});

type CompareCliKey = keyof ReturnType<typeof nb>;

const nn = (g: typeof GLOSSARY_NN): Record<CompareCliKey, string> => ({
  cliNeedTwo:
    'Oppgi to arbeidsbøker (ELDRE.xlsx NYARE.xlsx), eller éi arbeidsbok og --version-sheet. Sjå «tiltaksplan compare --help».',
  cliNoVersion: '{file}: arket «{sheet}» er ikkje ein lagra versjon. {versions}',
  cliNoSheet: '{file}: har ikkje noko ark som heiter «{sheet}». {versions}',
  cliTooMany:
    'For mange filer: {files}. Oppgi to arbeidsbøker (ELDRE.xlsx NYARE.xlsx), eller éi arbeidsbok og --version-sheet.',
  cliSameFile:
    'Du samanliknar {file} med seg sjølv, så ingenting er endra. Oppgi to ulike versjonar (ELDRE.xlsx NYARE.xlsx), eller éi arbeidsbok og --version-sheet for å samanlikne med ein lagra versjon i ho.',
  cliSameFileLinked:
    'Du samanliknar fila med seg sjølv: {file} og {other} er same fila, så ingenting er endra. Oppgi to ulike versjonar (ELDRE.xlsx NYARE.xlsx), eller éi arbeidsbok og --version-sheet for å samanlikne med ein lagra versjon i ho.',
  cliVersions: 'Lagra versjonar: {sheets}.',
  cliNoVersions: `Arbeidsboka har ingen lagra versjonar. Lagre ein under ${g.structure} i oppgåvepanelet, eller samanlikn to filer.`,
  cliNoPlan:
    '{file}: finn ingen tiltakstabell (arket «Tiltak drift» eller «Tiltak investering»). Vel ei arbeidsbok med tiltaksplanen.',
  cliEconomyPlan:
    '{file} er ein økonomiplan, ikkje ein tiltaksplan: ho har økonomiplantabellen, men ingen tabell over driftstiltak eller investeringstiltak. ' +
    'compare samanliknar to versjonar av same tiltaksplanen. Vil du avstemme planane mot økonomiplanen, køyr «tiltaksplan check PLAN.xlsx --economy-plan {file}».',
  cliNoSettings:
    'Samanliknar ikkje {file}: innstillingane vart ikkje funne (innstillingstabellen, eller kolonnen Innstilling eller Verdi i han), så Første planår, Antall planår og Beløpsenhet ville blitt gissa (neste år, 4 år, 1000 kr): beløpa kunne blitt lesne i feil eining og åra samanlikna feil. Rett først det meldinga nedanfor seier. Ingenting er skrive.',
  cliTableNotFound:
    'Samanliknar ikkje {file} med {other}: ein tabell eller kolonne som {other} har, vart ikkje funnen i {file}, så kvart tiltak (eller kvar økonomiplanlinje) i tabellen ville stått som fjerna eller nytt, eller kvar verdi i kolonnen som tømd, og summane flytta utan at noko er endra. Rett først det meldinga nedanfor seier. Ingenting er skrive.',
});

const en = (g: typeof GLOSSARY_EN): Record<CompareCliKey, string> => ({
  cliNeedTwo:
    'Give two workbooks (OLD.xlsx NEW.xlsx), or one workbook and --version-sheet. See "tiltaksplan compare --help".',
  cliNoVersion: '{file}: the sheet "{sheet}" is not a saved version. {versions}',
  cliNoSheet: '{file}: there is no sheet "{sheet}". {versions}',
  cliTooMany: 'Too many files: {files}. Give two workbooks (OLD.xlsx NEW.xlsx), or one workbook and --version-sheet.',
  cliSameFile:
    'You are comparing {file} with itself, so nothing has changed. Give two different versions (OLD.xlsx NEW.xlsx), or one workbook and --version-sheet to compare with a version saved in it.',
  cliSameFileLinked:
    'You are comparing the file with itself: {file} and {other} are the same file, so nothing has changed. Give two different versions (OLD.xlsx NEW.xlsx), or one workbook and --version-sheet to compare with a version saved in it.',
  cliVersions: 'Saved versions: {sheets}.',
  cliNoVersions: `The workbook has no saved versions. Save one under ${g.structure} in the task pane, or compare two files.`,
  cliNoPlan:
    '{file}: no measures table found (sheet "Tiltak drift" or "Tiltak investering"). Choose a workbook that holds the measures plan.',
  cliEconomyPlan:
    '{file} is an economy plan, not a measures plan: it has the economy plan table but neither the operating nor the investment measures table. ' +
    'compare compares two versions of one measures plan. To reconcile the plans against the economy plan, run "tiltaksplan check PLAN.xlsx --economy-plan {file}".',
  cliNoSettings:
    'Not comparing {file}: the settings were not found (the settings table, or its Innstilling or Verdi column), so Første planår, Antall planår and Beløpsenhet would be guessed (next year, 4 years, 1000 kr): the amounts could be read in the wrong unit and the wrong years compared. First fix what the finding below says. Nothing was written.',
  cliTableNotFound:
    'Not comparing {file} with {other}: a table or column that {other} holds was not found in {file}, so every measure (or economy plan line) of the table would stand as removed or added, or every value of the column as emptied, and the totals would move though nothing changed. First fix what the finding below says. Nothing was written.',
});

export const COMPARE_CLI = { nb: nb(GLOSSARY_NB), nn: nn(GLOSSARY_NN), en: en(GLOSSARY_EN) };

/** A message of `tiltaksplan compare` in one language, with `{name}` placeholders filled. */
export const compareCliText = makeTranslator(COMPARE_CLI);
