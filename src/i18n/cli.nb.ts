/** The command line's own strings in bokmål: the reference catalogue whose keys every language must have. */
import { GLOSSARY_NB as g, settingName } from './glossary';

export const CLI_NB = {
  unknownCommand: 'Ukjent kommando «{name}». Se «tiltaksplan --help».',
  unknownOption: 'Ukjent valg «{name}». Se «tiltaksplan {command} --help».',
  missingValue: 'Valget {name} mangler en verdi. Skriv verdien rett etter valget.',
  badValue: 'Ugyldig verdi «{value}» for {name}: skriv {expected}.',
  missingFile: 'Oppgi en .xlsx-fil. Se «tiltaksplan {command} --help».',
  tooManyFiles: 'For mange filer: {files}. Oppgi én fil.',
  outWithSeveral:
    '--out kan ikke brukes sammen med --write når flere arbeidsbøker skrives (flere filer, eller --economy-plan): hver får sin egen kopi. Kontroller én fil om gangen, eller utelat --out.',
  inPlaceWithOut: '--in-place og --out kan ikke brukes sammen; velg ett av dem.',
  inPlaceWithoutWrite: '--in-place gjelder bare sammen med --write; legg til --write.',
  unreadable: '{file}: kan ikke leses: {reason}',
  exists: '{file} finnes fra før. tiltaksplan skriver aldri over en fil; velg et annet navn.',
  writeFailed: '{file}: kunne ikke skrives: {reason}',
  written: 'Skrev {file}.',
  writtenExample: 'Skrev {file} med eksempelplanen ({years}, {unit}).',
  writtenEmpty:
    'Skrev {file}: plan uten tiltak for {years}, {unit}, med eksempellister (seksjoner, rammeområder R1–R5, ansvarlige og planområder) som du retter på arket Innstillinger.',
  reportWritten: 'Rapporten er lagret i {file}.',
  'reason.missing': 'filen finnes ikke; kontroller navnet og mappen',
  'reason.not-a-file': 'ikke en fil (kanskje en mappe); oppgi en .xlsx-fil',
  'reason.not-zip': 'ikke en .xlsx-fil (ikke en zip-pakke); åpne den i Excel og lagre den som .xlsx',
  'reason.not-xlsx': 'ikke en Excel-arbeidsbok (.xlsx); åpne den i Excel og lagre den som .xlsx',
  'reason.opendocument':
    'et OpenDocument-regneark (.ods), ikke en Excel-arbeidsbok; åpne det i LibreOffice og velg Fil → Lagre som → Excel 2007-365 (.xlsx)',
  'reason.encrypted': 'arbeidsboken er beskyttet med passord; lagre en kopi uten passord i Excel',
  'reason.old-xls': 'gammelt .xls-format; lagre den som .xlsx i Excel',
  'reason.corrupt': 'arbeidsboken er skadet; åpne den i Excel og lagre den på nytt',
  'reason.beta-format':
    'arbeidsboken er lagret i formatet til en testutgave av Excel 2007, fra før formatet ble standard; lagre den som «Excel-arbeidsbok (*.xlsx)» i en nyere Excel, eller kopier innholdet over i en ny arbeidsbok',
  'reason.empty': 'filen er tom (0 byte); velg filen med planen',
  'expected.year': 'et årstall mellom 2000 og 2100',
  'expected.years': 'et helt tall fra 4 til 10',
  'expected.unit': '«kr», «1000 kr» eller «mill kr»',
  'expected.format': 'text, json eller html',
  'expected.lang': 'nb, nn eller en',
  reportTitle: 'Kontroll av tiltaksplan',
  file: 'Fil',
  period: g.planPeriod,
  unit: settingName('unit', 'nb'),
  amountsIn: 'Beløp i {unit}',
  priceLevel: settingName('priceLevel', 'nb'),
  economyPlanVersion: settingName('economyPlanVersion', 'nb'),
  summaryLine:
    'Funn i arkene: {errors} feil, {warnings, plural, one {# advarsel} other {# advarsler}}, ' +
    '{infos, plural, one {# merknad} other {# merknader}}. Avstemming: {reconErrors} feil, ' +
    '{reconWarnings, plural, one {# advarsel} other {# advarsler}}, {reconInfos} i samsvar eller innenfor toleransen',
  verdictOk: 'Ingen feil.',
  verdictErrors: 'Planen har feil som må rettes.',
  findings: 'Funn',
  noFindings: 'Ingen funn.',
  totals: 'Summer (bare tiltak med status Beregnet)',
  operating: 'Drift',
  investment: 'Investering',
  all: 'Alle',
  section: g.section,
  frame: g.frame,
  area: g.area,
  responsible: g.responsible,
  periodSum: g.periodSum,
  fullYear: g.fullYear,
  newMoney: g.newMoney,
  newMoneyByYear: `${g.newMoney} per år`,
  budget: g.budget,
  areaNote: 'Et tiltak som berører flere planområder, telles fullt i hvert av dem.',
  statusCounts: 'Tiltak per kostnadsstatus',
  costStatus: g.costStatus,
  emptyStatus: g.empty,
  noName: g.noName,
  noFrame: g.noFrame,
  noSection: g.noSection,
  notCosted: g.notCosted,
  reconciliation: 'Avstemming mot økonomiplanen',
  reconciliationNone: 'Ingenting å avstemme.',
  reconciliationCount: '{count, plural, one {# sammenligning} other {# sammenligninger}}',
  reconciliationOpen: g.mismatch,
  reconciliationAllMatch: 'Alle sammenligninger er i samsvar.',
  reconciliationMatchesHidden:
    '{count, plural, one {# sammenligning er} other {# sammenligninger er}} i samsvar og listes ikke enkeltvis her ' +
    '(de står på Avstemming-arket og i JSON-rapporten).',
  measures: g.measuresPlan,
  measure: g.measure,
  economyPlan: g.economyPlan,
  difference: g.difference,
  year: g.year,
  code: 'Kode',
  comparison: 'Sammenligning',
  cell: 'Celle',
  severity: 'Alvor',
  message: 'Melding',
  class: 'Klasse',
  ref: 'Ref',
  explanation: 'Forklaring',
  progress: 'Kontrollerer {done}/{total}',
  checkWritten: 'Skrev Sammendrag og Avstemming til {file}.',
  backslashNotWritten:
    'Ingenting er skrevet: arbeidsboken er laget av et annet program enn Excel, med omvendte skråstreker (\\) i navnene på delene i pakken, som tiltaksplan leser, men ikke skriver i. Lagre den i Excel som «Excel-arbeidsbok (*.xlsx)» og prøv igjen.',
  strictNotWritten:
    'Ingenting er skrevet: arbeidsboken er lagret som «Strict Open XML-regneark», som tiltaksplan leser, men ikke skriver i. Lagre den i Excel som «Excel-arbeidsbok (*.xlsx)» og prøv igjen.',
  exampleYears: '--years kan ikke brukes med --example: eksempelplanen har fire planår. Fjern --years.',
  notXlsxName: '{file}: filnavnet må slutte på .xlsx.',
  missingOut: 'Oppgi hvor den nye arbeidsboken skal lagres: --out FIL.xlsx. Se «tiltaksplan {command} --help».',
  outIsInput: '{file}: --out kan ikke være filen som leses; velg et annet navn.',
  importNoTable:
    '{file}: fant ingen gammel tiltakstabell (en overskriftsrad med Prioritet og Tiltak); ingenting er skrevet. ' +
    'Kontroller at tabellen har disse overskriftene.',
  importWritten:
    'Skrev {file}: {operating} driftstiltak og {investment} investeringstiltak, {years}, {unit}. Se arket «Importlogg».',
  notAPlan:
    '{file}: fant verken tabellen over driftstiltak eller tabellen over investeringstiltak, så filen ser ikke ut som en tiltaksplan. Er det en eldre tiltaksplan laget for hånd, kan den hentes inn med «tiltaksplan import {file} --out NY.xlsx».',
  notAPlanNotWritten:
    '{file}: ingenting er skrevet i filen: den har verken tabellen over driftstiltak eller tabellen over investeringstiltak, så den er ingen tiltaksplan. Er det en eldre tiltaksplan laget for hånd, kan den hentes inn med «tiltaksplan import {file} --out NY.xlsx».',
  checkedCopyExists:
    '{file} finnes fra før, kanskje fra en tidligere kontroll. tiltaksplan skriver aldri over en fil: slett eller flytt den og kjør på nytt, gi kopien et annet navn med --out (én fil om gangen), eller skriv i selve arbeidsboken med --write --in-place.',
  economyPlanNotAPlan:
    '{file}: er en økonomiplan uten tabellene over driftstiltak og investeringstiltak, så den er ingen tiltaksplan. Avstem planene mot den med «tiltaksplan check PLAN.xlsx --economy-plan {file}».',
  economyPlanNotAPlanNotWritten:
    '{file}: ingenting er skrevet i filen: den er en økonomiplan uten tabellene over driftstiltak og investeringstiltak. Med «tiltaksplan check PLAN.xlsx --economy-plan {file} --write» får en kopi av filen arket «Avstemming planer».',
  rollNoTable:
    '{file}: ingenting er skrevet: filen har verken tabellen over driftstiltak eller tabellen over investeringstiltak, så den er ingen tiltaksplan og kan ikke rulleres. ' +
    'Er det økonomiplanen (bare arket Økonomiplan), rullerer du i stedet hver tiltaksplan som kontrolleres mot den, med «tiltaksplan roll PLAN.xlsx --out NY.xlsx»; økonomiplanen for den nye perioden lager du med «tiltaksplan new NY.xlsx --economy-plan --start ÅR». ' +
    'Er det en eldre tiltaksplan laget for hånd, hent den inn først med «tiltaksplan import {file} --out NY.xlsx».',
  rollWritten: 'Skrev {file}: planperioden {years}; forrige periode er lagret på arket «{sheet}».',
  notCarried: 'Ikke tatt med: {what}',
  unexpected: 'tiltaksplan: uventet feil: {reason}',
  rollRefused:
    'Rullerer ikke {file}: innstillingene og årskolonnene må rettes først, ellers blir den nye planperioden gjettet. Ingenting er skrevet.',
  rollMovedBeside:
    'Cellene i {sheet}!{range} ved siden av tabellen står der de sto, men tiltak over dem er tatt ut, så radene ved siden av dem har nå andre tiltak.',
  rollFinished:
    'Engangstiltaket {id} har ingen kostnad i den nye perioden og er tatt ut av tabellene (det står på arket «{sheet}»).',
  rollRescaled:
    'Finansieringen av {id} følger Sum periode, som er grunnlaget, ned til summen av årene som er igjen: Nye midler er de nye midlene i disse årene, og de andre kolonnene deler resten i samme forhold som før.',
  rollAfterPeriod:
    '{id} har {amount} i Etter perioden; det nye året {year} er 0. Flytt beløpet dit hvis det faller i {year}.',
  rollUnknownBefore:
    'Tidligere bevilget for {id} står som «{kept}»: {before} ({beforeCell}) og {first} for {year} ({firstCell}) kan ikke legges sammen før det ukjente beløpet er fylt inn. Begge står på arket «{sheet}».',
  rollFormulaValue:
    '{cell}: formelen {formula} i en kolonne du har lagt til, er tatt med som verdien den viste, «{value}» (i den nye tabellen ville referansene pekt et annet sted).',
  rollFormulaNoValue:
    '{cell}: formelen {formula} i en kolonne du har lagt til, har ikke noe resultat lagret i filen, så cellen er tom i den nye tabellen. Skriv den inn på nytt der.',
  whatSheet: 'arket «{sheet}»',
  whatSetting:
    'raden «{setting}» med verdien «{value}» ({cell}), som gjentar en innstilling: den nye arbeidsboken har én rad per innstilling, med den nye verdien',
  whatCells: 'cellene i {sheet}!{range} utenfor tabellen (arket bygges på nytt av tabellen alene)',
  planName: settingName('planName', 'nb'),
};

export type CliKey = keyof typeof CLI_NB;
