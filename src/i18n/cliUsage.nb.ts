/** The command line's own messages in bokmål (usage errors; what a command wrote, refused, could not do or did not carry): the
 * reference catalogue whose keys every language must have. Not in the pane's bundle: only src/cli uses them. */

export const USAGE_NB = {
  unknownCommand: 'Ukjent kommando «{name}». Se «tiltaksplan --help».',
  unknownOption: 'Ukjent valg «{name}». Se «tiltaksplan {command} --help».',
  longDash:
    '«{name}» begynner med en lang strek, ikke med to bindestreker (Word og e-post gjør «--» om til «–»). Skriv {option} med to vanlige bindestreker. Se «tiltaksplan {command} --help».',
  unexpectedArgument: 'Uventet argument «{name}» etter {option}. Se «tiltaksplan --help».',
  missingValue: 'Valget {name} mangler en verdi. Skriv verdien rett etter valget.',
  badValue: 'Ugyldig verdi «{value}» for {name}: skriv {expected}.',
  missingFile: 'Oppgi en .xlsx-fil. Se «tiltaksplan {command} --help».',
  emptyFileName: 'Et tomt filnavn («») er ingen fil. Oppgi en .xlsx-fil. Se «tiltaksplan {command} --help».',
  spacedName:
    'Filnavnet «{name}» har mellomrom og må stå i anførselstegn: {quoted}. Uten dem leses {parts} som hver sin fil.',
  spacedValue: 'Verdien «{value}» for {name} har mellomrom og må stå i anførselstegn: {typed}.',
  tooManyFiles: 'For mange filer: {files}. Oppgi én fil.',
  outNotNamed: 'Den nye filen skrives etter --out: «tiltaksplan {command} {input} --out {out}».',
  outWithSeveral:
    '--out kan ikke brukes sammen med --write når flere arbeidsbøker skrives (flere filer, eller --economy-plan): hver får sin egen kopi. Kontroller én fil om gangen, eller utelat --out.',
  inPlaceWithOut: '--in-place og --out kan ikke brukes sammen; velg ett av dem.',
  inPlaceWithoutWrite: '--in-place gjelder bare sammen med --write; legg til --write.',
  writeFailed: '{file}: kunne ikke skrives: {reason}',
  writtenExample: 'Skrev {file} med eksempelplanen ({years}, {unit}).',
  writtenEmpty:
    'Skrev {file}: plan uten tiltak for {years}, {unit}, med eksempellister (seksjoner, rammeområder R1–R5, ansvarlige og planområder) som du retter på arket Innstillinger.',
  reportWritten: 'Rapporten er lagret i {file}.',
  'expected.year': 'et årstall mellom 2000 og 2100',
  'expected.unit':
    '«kr», «1000 kr» eller «mill kr» (også skrevet som «NOK», «tusen kr», «1 000 kr», «1000kr», «NOK 1000», «tkr», «TNOK», «mill. kr», «millioner kr», «million kr», «mkr» eller «MNOK»)',
  'expected.format': 'text, json eller html',
  'expected.lang': 'nb, nn eller en',
  checkWritten: 'Skrev Sammendrag og Avstemming til {file}.',
  backslashNotWritten:
    'Ingenting er skrevet: arbeidsboken er laget av et annet program enn Excel, med omvendte skråstreker (\\) i navnene på delene i pakken, som Tiltaksplan leser, men ikke skriver i. Lagre den i Excel som «Excel-arbeidsbok (*.xlsx)» og prøv igjen.',
  reservedNotWritten:
    'Ingenting er skrevet: arbeidsboken er lagret med passord for endring, så Excel lar bare den som har passordet, lagre over den. Bruk --write uten --in-place for å få en kontrollert kopi ved siden av, eller be den som satte passordet, om å fjerne det (Fil → Lagre som → Verktøy → Generelle alternativer).',
  hiddenSheet:
    '{file}: arket «{sheet}» er skjult, så funnene der gjelder celler du ikke ser. Vis det i Excel: høyreklikk en arkfane, velg Vis og velg «{sheet}».',
  veryHiddenSheet:
    '{file}: arket «{sheet}» er svært skjult (veryHidden), så Excel viser det ikke under Vis, og funnene der gjelder celler du ikke ser. Be den som laget malen, om å vise det, eller vis det selv i Visual Basic-redigeringsprogrammet (Alt+F11): velg arket og sett Visible til «-1 - xlSheetVisible».',
  strictNotWritten:
    'Ingenting er skrevet: arbeidsboken er lagret som «Strict Open XML-regneark», som Tiltaksplan leser, men ikke skriver i. Lagre den i Excel som «Excel-arbeidsbok (*.xlsx)» og prøv igjen.',
  exampleYears: '--years kan ikke brukes med --example: eksempelplanen har fire planår. Fjern --years.',
  notXlsxName: '{file}: filnavnet må slutte på .xlsx.',
  missingOut: 'Oppgi hvor den nye arbeidsboken skal lagres: --out FIL.xlsx. Se «tiltaksplan {command} --help».',
  outIsInput: '{file}: --out kan ikke være filen som leses; velg et annet navn.',
  importNoTable:
    '{file}: fant ingen gammel tiltakstabell (en overskriftsrad med Prioritet og Tiltak); ingenting er skrevet. ' +
    'Kontroller at tabellen har disse overskriftene.',
  importMisaligned:
    '{file}, arket «{sheet}»: overskriften «{heading}» ({headingCell}) står ikke over noe tall, mens {cell} har tallet {value} under {under}. Overskriftene står forskjøvet i forhold til tallene, så beløpene ville havnet i feil kolonne; ingenting er skrevet. Flytt overskriftene så hver står rett over sine tall, og importer på nytt.',
  importMisalignedNoHeading: 'en kolonne uten overskrift',
  importMisalignedHeading: 'overskriften «{under}»',
  importWritten:
    'Skrev {file}: {operating} driftstiltak og {investment} investeringstiltak, {years}, {unit}. Se arket «Importlogg».',
  notAPlan:
    '{file}: fant verken tabellen over driftstiltak eller tabellen over investeringstiltak, så filen ser ikke ut som en tiltaksplan. Er det en eldre tiltaksplan laget for hånd, kan den hentes inn med «tiltaksplan import {file} --out NY.xlsx».',
  notAPlanNotWritten:
    '{file}: ingenting er skrevet i filen: den har verken tabellen over driftstiltak eller tabellen over investeringstiltak, så den er ingen tiltaksplan. Er det en eldre tiltaksplan laget for hånd, kan den hentes inn med «tiltaksplan import {file} --out NY.xlsx».',
  checkedCopyExists:
    '{file} finnes fra før, kanskje fra en tidligere kontroll. Tiltaksplan skriver aldri over en fil: slett eller flytt den og kjør på nytt, gi kopien et annet navn med --out (én fil om gangen), eller skriv i selve arbeidsboken med --write --in-place.',
  economyPlanNotAPlan:
    '{file}: er en økonomiplan uten tabellene over driftstiltak og investeringstiltak, så den er ingen tiltaksplan. Avstem planene mot den med «tiltaksplan check PLAN.xlsx --economy-plan {file}».',
  economyPlanNotAPlanNotWritten:
    '{file}: ingenting er skrevet i filen: den er en økonomiplan uten tabellene over driftstiltak og investeringstiltak. Med «tiltaksplan check PLAN.xlsx --economy-plan {file} --write» får en kopi av filen arket «Avstemming planer».',
  rollNoTable:
    '{file}: ingenting er skrevet: filen har verken tabellen over driftstiltak eller tabellen over investeringstiltak, så den er ingen tiltaksplan og kan ikke rulleres. ' +
    'Er det økonomiplanen (bare arket Økonomiplan), rullerer du i stedet hver tiltaksplan som kontrolleres mot den, med «tiltaksplan roll PLAN.xlsx --out NY.xlsx»; økonomiplanen for den nye perioden lager du med «tiltaksplan new NY.xlsx --economy-plan --start ÅR». ' +
    'Er det en eldre tiltaksplan laget for hånd, hent den inn først med «tiltaksplan import {file} --out NY.xlsx».',
  rollEconomyPlan:
    '{file} er økonomiplanen (bare tabellen over økonomiplanlinjer, ingen tiltakstabeller), og den rulleres ikke; ingenting er skrevet. ' +
    'Lag økonomiplanen for neste periode med «tiltaksplan new NY.xlsx --economy-plan --start {next}» og før inn linjene fra {file} der (beløpene for {kept} flyttes til de samme årene, {last} er nytt). ' +
    'Rull så hver tiltaksplan som kontrolleres mot den, med «tiltaksplan roll PLAN.xlsx --out NY.xlsx».',
  rollTablesMeet:
    'Ingenting er skrevet: etter rulleringen ville {table} og {other} overlappe fra {cell} (en tabell får en rad eller kolonne den manglet). Flytt den ene lenger unna, med en tom rad eller kolonne imellom, og prøv igjen.',
  rollWritten: 'Skrev {file}: planperioden {years}; forrige periode er lagret på arket «{sheet}».',
  unexpected: 'tiltaksplan: uventet feil: {reason}',
  'extra.notes':
    'merknadene (kommentarene) på cellene i tabellene på arket «{sheet}» (rulleringen flytter rader og år)',
  'extra.conditionalFormats':
    'den betingede formateringen på cellene i tabellene på arket «{sheet}» (rulleringen flytter rader og år)',
  'extra.cellFormats':
    'formateringen (farger, skrift, kantlinjer) du ga cellene og radene i tabellene på arket «{sheet}» (rulleringen flytter rader og år, så den ville ha stått på andre rader)',
  'extra.columnFormats':
    'formateringen du ga {count, plural, one {hele kolonnen {where}} other {hele kolonnene {where}}} på arket «{sheet}» (den står fortsatt der, men rulleringen gir hver årskolonne neste år, så den merker nå et annet år eller annet innhold enn før). Flytt eller fjern den i Excel om den gjaldt et bestemt år',
  'extra.rowHeights':
    'høyden du ga radene i tabellene på arket «{sheet}» (rulleringen flytter rader, så den ville ha gjort et annet tiltak høyt). Radene har nå vanlig høyde',
  'extra.rowGroups':
    'grupperingen (disposisjonen) du ga radene i tabellene på arket «{sheet}» (rulleringen flytter rader, så gruppen ville ha samlet og skjult andre tiltak). Grupper radene på nytt i Excel om du vil ha det',
  'extra.hiddenColumns':
    'at {count, plural, one {årskolonnen {where}} other {årskolonnene {where}}} var skjult på arket «{sheet}» (rulleringen gir hver årskolonne neste år, så et annet år ville ha vært skjult). {count, plural, one {Den vises nå; skjul den} other {De vises nå; skjul dem}} igjen i Excel om du vil',
  'extra.columnGroups':
    'grupperingen (disposisjonen) du ga {count, plural, one {kolonnen {where}} other {kolonnene {where}}} på arket «{sheet}»: gruppen var slått sammen, og rulleringen flytter kolonner og år, så den ville ha skjult noe annet enn før. Grupperingen er tatt bort og kolonnene vises; grupper dem på nytt i Excel om du vil ha det',
  'extra.richText':
    'skriftformateringen (fet, farge, annen skrift) du ga enkeltord i tekster i tabellene på arket «{sheet}», der teksten er skrevet på nytt uten den (i tabellen eller på arkivarket): den samme teksten sto flere steder med ulik formatering, eller ble ikke skrevet igjen. Formater ordene på nytt i Excel',
  'extra.hyperlinks': 'hyperkoblingene på cellene i tabellene på arket «{sheet}» (rulleringen flytter rader og år)',
  'extra.validations':
    'datavalideringen (nedtrekkslisten) på {where} på arket «{sheet}»: den dekket bare noen av radene i tabellen eller en kolonne som gikk til arkivet, og rulleringen flytter rader og år. Legg den inn igjen der den skal gjelde',
  'extra.tableFilter':
    'filteret (eller sorteringen) på tabellen {where} på arket «{sheet}»: det gjaldt radene før rulleringen, og radene flytter seg. Alle rader vises; sett filteret på igjen i Excel om du vil ha det',
  'extra.tableTotals':
    'totalraden i tabellen {where} på arket «{sheet}» (rulleringen skriver tabellen uten den). Slå den på igjen med Tabellutforming › Totalrad',
  rollPivot:
    'Pivottabellen «{pivot}» på arket «{sheet}» bygger på {source} og viser tallene fra før rulleringen til den blir oppdatert: Oppdater pivottabellen (Pivottabellanalyse › Oppdater) når du har åpnet filen i Excel.',
  rollPivotGone:
    'Pivottabellen «{pivot}» på arket «{sheet}» bygger på {source}, men rulleringen har tatt kolonnen {column} ut av tabellen, så pivottabellen kan ikke oppdateres slik den står: velg en ny datakilde for den (Pivottabellanalyse › Endre datakilde) når du har åpnet filen i Excel.',
  pivotOnTable: 'tabellen {table}',
  pivotOnColumns: 'kolonnene {first}–{last} i tabellen {table}',
  pivotOnColumn: 'kolonnen {column} i tabellen {table}',
  pivotOnCells: 'cellene {range} på arket «{sheet}»',
  'anchorLeft.hyperlink':
    '{file}: hyperkoblingen på {cell} ble stående på cellen sin, men raden gjelder nå en annen post enn da koblingen ble lagt inn (postene skrives i ny rekkefølge, og verdiene i dine egne kolonner følger posten). Kontroller koblingen, og flytt den til posten den gjelder.',
  'anchorLeft.note':
    '{file}: merknaden (kommentaren) på {cell} ble stående på cellen sin, men raden gjelder nå en annen post enn da den ble skrevet (postene skrives i ny rekkefølge, og verdiene i dine egne kolonner følger posten). Kontroller merknaden, og flytt den til posten den gjelder.',
  'anchorLeft.look':
    '{file}: fargen, skrifttypen eller rammen du ga {cell} ble stående på cellen sin, men raden gjelder nå en annen post (postene skrives i ny rekkefølge, og verdiene i dine egne kolonner følger posten, men ikke utseendet). Flytt formateringen til posten den gjelder.',
  'anchorLeft.row':
    '{file}: raden {cell} som du ga farge, skrifttype eller ramme i sin helhet, beholdt utseendet, men gjelder nå en annen post (postene skrives i ny rekkefølge, og verdiene i dine egne kolonner følger posten, men ikke utseendet). Flytt formateringen til posten den gjelder.',
  'anchorEmptied.hyperlink':
    '{file}: hyperkoblingen på {cell} ble stående på cellen sin, men raden er nå tom, under tabellen: tabellen har færre rader enn før, og posten koblingen gjaldt, står på en annen rad eller er borte. Flytt koblingen til posten den gjelder, eller slett den.',
  'anchorEmptied.note':
    '{file}: merknaden (kommentaren) på {cell} ble stående på cellen sin, men raden er nå tom, under tabellen: tabellen har færre rader enn før, og posten merknaden gjaldt, står på en annen rad eller er borte. Flytt merknaden til posten den gjelder, eller slett den.',
  'anchorEmptied.look':
    '{file}: fargen, skrifttypen eller rammen du ga {cell} er fjernet: tabellen har færre rader enn før, og raden er tømt (verdiene i dine egne kolonner følger posten, men ikke utseendet). Gi cellen til posten formateringen igjen om du trenger den.',
  'anchorEmptied.row':
    '{file}: raden {cell} som du ga farge, skrifttype eller ramme i sin helhet, beholdt utseendet, men er nå tom, under tabellen: tabellen har færre rader enn før. Flytt formateringen til posten den gjelder, eller fjern den.',
};

export type UsageKey = keyof typeof USAGE_NB;
