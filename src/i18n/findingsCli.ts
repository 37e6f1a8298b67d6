/**
 * The command line's wording of the findings whose fix is a button of the task pane («Vis endringer» under
 * Struktur): where there is no pane, they name what the command line and the add-in can do. Passed to
 * renderFinding by the command line only, so the pane's bundle does not carry them.
 */
import type { FindingVariants } from './findings';
import { GLOSSARY_EN, GLOSSARY_NB, GLOSSARY_NN } from './glossary';

const nb = (g: typeof GLOSSARY_NB) => ({
  'sheet-missing': `Fant ikke {table} på arket «{sheet}». Tillegget i Excel kan opprette den i denne arbeidsboken (${g.structure} → «${g.showChanges}»); kommandolinjen kan ikke det. «tiltaksplan new NY.xlsx» lager en ny arbeidsbok med alle tabellene, og «tiltaksplan import GAMMEL.xlsx --out NY.xlsx» henter en gammel tiltakstabell laget for hånd inn i en ny.`,
  'sheet-missing.sheet-renamed': `Fant ikke {table}: arbeidsboken har ikke noe ark som heter «{sheet}». Har du gitt arket et nytt navn, så gi det navnet «{sheet}» igjen i Excel; da finner Tiltaksplan tabellen der. Finnes ikke tabellen lenger, kan tillegget i Excel lage den (${g.structure} → «${g.showChanges}»: et nytt, tomt ark «{sheet}»); kommandolinjen kan ikke det.`,
  'sheet-missing.table-elsewhere': `Fant ikke {table}: arbeidsboken har ikke noe ark som heter «{sheet}». Er det tabellen «{foundTable}» på arket «{foundSheet}»? Gi i så fall arket navnet «{sheet}» igjen i Excel, så finner Tiltaksplan tabellen der.`,
  'column-missing': `Kolonnen «{column}» mangler i tabellen. Skriv «{column}» i cellen til høyre for tabellens siste overskrift, så tar Excel kolonnen med i tabellen, eller la tillegget i Excel legge den til (${g.structure} → «${g.showChanges}»).`,
  'column-missing.header-empty': `Overskriften i denne kolonnen er tom, så kolonnen «{column}» mangler i tabellen. Skriv «{column}» i cellen, eller la tillegget i Excel gjøre det (${g.structure} → «${g.showChanges}»).`,
  'column-missing.header-renamed': `Overskriften «{found}» står der kolonnen «{column}» skal stå, så «{column}» mangler i tabellen. Skriv «{column}» i cellen, eller la tillegget i Excel gjøre det (${g.structure} → «${g.showChanges}»).`,
  'setting-invalid.missing': `Tabellen på arket Innstillinger har ingen rad for «{setting}». Skriv «{setting}» og verdien på raden rett under tabellen, så tar Excel raden med i tabellen, eller la tillegget i Excel legge den til (${g.structure} → «${g.showChanges}») og fyll inn verdien.`,
});

const nn = (g: typeof GLOSSARY_NN) => ({
  'sheet-missing': `Fann ikkje {table} på arket «{sheet}». Tillegget i Excel kan opprette han i denne arbeidsboka (${g.structure} → «${g.showChanges}»); kommandolinja kan ikkje det. «tiltaksplan new NY.xlsx» lagar ei ny arbeidsbok med alle tabellane, og «tiltaksplan import GAMMAL.xlsx --out NY.xlsx» hentar ein gammal tiltakstabell laga for hand inn i ei ny.`,
  'sheet-missing.sheet-renamed': `Fann ikkje {table}: arbeidsboka har ikkje noko ark som heiter «{sheet}». Har du gitt arket eit nytt namn, så gi det namnet «{sheet}» att i Excel; då finn Tiltaksplan tabellen der. Finst ikkje tabellen lenger, kan tillegget i Excel lage han (${g.structure} → «${g.showChanges}»: eit nytt, tomt ark «{sheet}»); kommandolinja kan ikkje det.`,
  'sheet-missing.table-elsewhere': `Fann ikkje {table}: arbeidsboka har ikkje noko ark som heiter «{sheet}». Er det tabellen «{foundTable}» på arket «{foundSheet}»? Gi i så fall arket namnet «{sheet}» att i Excel, så finn Tiltaksplan tabellen der.`,
  'column-missing': `Kolonnen «{column}» manglar i tabellen. Skriv «{column}» i cella til høgre for den siste overskrifta i tabellen, så tek Excel kolonnen med i tabellen, eller la tillegget i Excel leggje han til (${g.structure} → «${g.showChanges}»).`,
  'column-missing.header-empty': `Overskrifta i denne kolonnen er tom, så kolonnen «{column}» manglar i tabellen. Skriv «{column}» i cella, eller la tillegget i Excel gjere det (${g.structure} → «${g.showChanges}»).`,
  'column-missing.header-renamed': `Overskrifta «{found}» står der kolonnen «{column}» skal stå, så «{column}» manglar i tabellen. Skriv «{column}» i cella, eller la tillegget i Excel gjere det (${g.structure} → «${g.showChanges}»).`,
  'setting-invalid.missing': `Tabellen på arket Innstillinger har inga rad for «{setting}». Skriv «{setting}» og verdien på rada rett under tabellen, så tek Excel rada med i tabellen, eller la tillegget i Excel leggje ho til (${g.structure} → «${g.showChanges}») og fyll inn verdien.`,
});

const en = (g: typeof GLOSSARY_EN) => ({
  'sheet-missing': `Could not find {table} on the sheet "{sheet}". The add-in in Excel can create it in this workbook (${g.structure} → "${g.showChanges}"); the command line cannot. "tiltaksplan new NEW.xlsx" makes a new workbook with every table, and "tiltaksplan import OLD.xlsx --out NEW.xlsx" brings an old measures table made by hand into a new one.`,
  'sheet-missing.sheet-renamed': `Could not find {table}: the workbook has no sheet called "{sheet}". If you renamed the sheet, give it the name "{sheet}" again in Excel; then Tiltaksplan finds the table there. If the table is gone, the add-in in Excel can make it (${g.structure} → "${g.showChanges}": a new, empty sheet "{sheet}"); the command line cannot.`,
  'sheet-missing.table-elsewhere': `Could not find {table}: the workbook has no sheet called "{sheet}". Is it the table "{foundTable}" on the sheet "{foundSheet}"? If so, give that sheet the name "{sheet}" again in Excel, and Tiltaksplan finds the table there.`,
  'column-missing': `The column "{column}" is missing from the table. Type "{column}" in the cell right of the table's last header, and Excel takes the column into the table; or let the add-in in Excel add it (${g.structure} → "${g.showChanges}").`,
  'column-missing.header-empty': `This column's header is empty, so the column "{column}" is missing from the table. Type "{column}" in the cell, or let the add-in in Excel do it (${g.structure} → "${g.showChanges}").`,
  'column-missing.header-renamed': `The header "{found}" stands where the column "{column}" belongs, so "{column}" is missing from the table. Type "{column}" in the cell, or let the add-in in Excel do it (${g.structure} → "${g.showChanges}").`,
  'setting-invalid.missing': `The table on the Innstillinger sheet has no row for "{setting}". Type "{setting}" and its value on the row right under the table, and Excel takes the row into the table; or let the add-in in Excel add it (${g.structure} → "${g.showChanges}") and fill in its value.`,
});

/** The command line's texts of those findings, by finding key, in each language. */
export const CLI_FINDINGS = { nb: nb(GLOSSARY_NB), nn: nn(GLOSSARY_NN), en: en(GLOSSARY_EN) } satisfies FindingVariants;
