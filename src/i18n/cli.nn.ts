/** The command line's own strings in nynorsk: every key written out, so no bokmål text shows through. */
import type { CliKey } from './cli.nb';
import { GLOSSARY_NN as g, settingName } from './glossary';

export const CLI_NN: Record<CliKey, string> = {
  unknownCommand: 'Ukjend kommando «{name}». Sjå «tiltaksplan --help».',
  unknownOption: 'Ukjend val «{name}». Sjå «tiltaksplan {command} --help».',
  missingValue: 'Valet {name} manglar ein verdi. Skriv verdien rett etter valet.',
  badValue: 'Ugyldig verdi «{value}» for {name}: skriv {expected}.',
  missingFile: 'Oppgi ei .xlsx-fil. Sjå «tiltaksplan {command} --help».',
  tooManyFiles: 'For mange filer: {files}. Oppgi éi fil.',
  outWithSeveral:
    '--out kan ikkje brukast saman med --write når fleire arbeidsbøker blir skrivne (fleire filer, eller --economy-plan): kvar får sin eigen kopi. Kontroller éi fil om gongen, eller ta bort --out.',
  inPlaceWithOut: '--in-place og --out kan ikkje brukast saman; vel eitt av dei.',
  inPlaceWithoutWrite: '--in-place gjeld berre saman med --write; legg til --write.',
  unreadable: '{file}: kan ikkje lesast: {reason}',
  exists: '{file} finst frå før. tiltaksplan skriv aldri over ei fil; vel eit anna namn.',
  writeFailed: '{file}: kunne ikkje skrivast: {reason}',
  written: 'Skreiv {file}.',
  writtenExample: 'Skreiv {file} med eksempelplanen ({years}, {unit}).',
  writtenEmpty:
    'Skreiv {file}: plan utan tiltak for {years}, {unit}, med eksempellister (seksjonar, rammeområde R1–R5, ansvarlege og planområde) som du rettar på arket Innstillinger.',
  reportWritten: 'Rapporten er lagra i {file}.',
  'reason.missing': 'fila finst ikkje; kontroller namnet og mappa',
  'reason.not-a-file': 'ikkje ei fil (kanskje ei mappe); oppgi ei .xlsx-fil',
  'reason.not-zip': 'ikkje ei .xlsx-fil (ikkje ein zip-pakke); opne ho i Excel og lagre ho som .xlsx',
  'reason.not-xlsx': 'ikkje ei Excel-arbeidsbok (.xlsx); opne ho i Excel og lagre ho som .xlsx',
  'reason.opendocument':
    'eit OpenDocument-rekneark (.ods), ikkje ei Excel-arbeidsbok; opne det i LibreOffice og vel Fil → Lagre som → Excel 2007-365 (.xlsx)',
  'reason.encrypted': 'arbeidsboka er verna med passord; lagre ein kopi utan passord i Excel',
  'reason.old-xls': 'gammalt .xls-format; lagre ho som .xlsx i Excel',
  'reason.corrupt': 'arbeidsboka er skadd; opne ho i Excel og lagre ho på nytt',
  'reason.beta-format':
    'arbeidsboka er lagra i formatet til ei testutgåve av Excel 2007, frå før formatet vart standard; lagre ho som «Excel-arbeidsbok (*.xlsx)» i ein nyare Excel, eller kopier innhaldet over i ei ny arbeidsbok',
  'reason.empty': 'fila er tom (0 byte); vel fila med planen',
  'expected.year': 'eit årstal mellom 2000 og 2100',
  'expected.years': 'eit heilt tal frå 4 til 10',
  'expected.unit': '«kr», «1000 kr» eller «mill kr»',
  'expected.format': 'text, json eller html',
  'expected.lang': 'nb, nn eller en',
  reportTitle: 'Kontroll av tiltaksplan',
  file: 'Fil',
  period: g.planPeriod,
  unit: settingName('unit', 'nn'),
  amountsIn: 'Beløp i {unit}',
  priceLevel: settingName('priceLevel', 'nn'),
  economyPlanVersion: settingName('economyPlanVersion', 'nn'),
  summaryLine:
    'Funn i arka: {errors} feil, {warnings, plural, one {# åtvaring} other {# åtvaringar}}, ' +
    '{infos, plural, one {# merknad} other {# merknader}}. Avstemming: {reconErrors} feil, ' +
    '{reconWarnings, plural, one {# åtvaring} other {# åtvaringar}}, {reconInfos} i samsvar eller innanfor toleransen',
  verdictOk: 'Ingen feil.',
  verdictErrors: 'Planen har feil som må rettast.',
  findings: 'Funn',
  noFindings: 'Ingen funn.',
  totals: 'Summar (berre tiltak med status Beregnet)',
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
  areaNote: 'Eit tiltak som rører ved fleire planområde, blir talt fullt i kvart av dei.',
  statusCounts: 'Tiltak per kostnadsstatus',
  costStatus: g.costStatus,
  emptyStatus: g.empty,
  noName: g.noName,
  noFrame: g.noFrame,
  noSection: g.noSection,
  notCosted: g.notCosted,
  reconciliation: 'Avstemming mot økonomiplanen',
  reconciliationNone: 'Ingenting å avstemme.',
  reconciliationCount: '{count, plural, one {# samanlikning} other {# samanlikningar}}',
  reconciliationOpen: g.mismatch,
  reconciliationAllMatch: 'Alle samanlikningane er i samsvar.',
  reconciliationMatchesHidden:
    '{count, plural, one {# samanlikning er} other {# samanlikningar er}} i samsvar og blir ikkje lista enkeltvis her ' +
    '(dei står på Avstemming-arket og i JSON-rapporten).',
  measures: g.measuresPlan,
  measure: g.measure,
  economyPlan: g.economyPlan,
  difference: g.difference,
  year: g.year,
  code: 'Kode',
  comparison: 'Samanlikning',
  cell: 'Celle',
  severity: 'Alvor',
  message: 'Melding',
  class: 'Klasse',
  ref: 'Ref',
  explanation: 'Forklaring',
  progress: 'Kontrollerer {done}/{total}',
  checkWritten: 'Skreiv Sammendrag og Avstemming til {file}.',
  backslashNotWritten:
    'Ingenting er skrive: arbeidsboka er laga av eit anna program enn Excel, med omvende skråstrekar (\\) i namna på delane i pakken, som tiltaksplan les, men ikkje skriv i. Lagre ho i Excel som «Excel-arbeidsbok (*.xlsx)» og prøv igjen.',
  strictNotWritten:
    'Ingenting er skrive: arbeidsboka er lagra som «Strict Open XML-rekneark», som tiltaksplan les, men ikkje skriv i. Lagre ho i Excel som «Excel-arbeidsbok (*.xlsx)» og prøv igjen.',
  exampleYears: '--years kan ikkje brukast med --example: eksempelplanen har fire planår. Ta bort --years.',
  notXlsxName: '{file}: filnamnet må slutte på .xlsx.',
  missingOut: 'Oppgi kvar den nye arbeidsboka skal lagrast: --out FIL.xlsx. Sjå «tiltaksplan {command} --help».',
  outIsInput: '{file}: --out kan ikkje vere fila som blir lesen; vel eit anna namn.',
  importNoTable:
    '{file}: fann ingen gammal tiltakstabell (ei overskriftsrad med Prioritet og Tiltak); ingenting er skrive. ' +
    'Kontroller at tabellen har desse overskriftene.',
  importWritten:
    'Skreiv {file}: {operating} driftstiltak og {investment} investeringstiltak, {years}, {unit}. Sjå arket «Importlogg».',
  notAPlan:
    '{file}: fann verken tabellen over driftstiltak eller tabellen over investeringstiltak, så fila ser ikkje ut som ein tiltaksplan. Er det ein eldre tiltaksplan laga for hand, kan han hentast inn med «tiltaksplan import {file} --out NY.xlsx».',
  notAPlanNotWritten:
    '{file}: ingenting er skrive i fila: ho har verken tabellen over driftstiltak eller tabellen over investeringstiltak, så ho er ingen tiltaksplan. Er det ein eldre tiltaksplan laga for hand, kan han hentast inn med «tiltaksplan import {file} --out NY.xlsx».',
  checkedCopyExists:
    '{file} finst frå før, kanskje frå ein tidlegare kontroll. tiltaksplan skriv aldri over ei fil: slett eller flytt ho og køyr på nytt, gi kopien eit anna namn med --out (éi fil om gongen), eller skriv i sjølve arbeidsboka med --write --in-place.',
  economyPlanNotAPlan:
    '{file}: er ein økonomiplan utan tabellane over driftstiltak og investeringstiltak, så han er ingen tiltaksplan. Avstem planane mot han med «tiltaksplan check PLAN.xlsx --economy-plan {file}».',
  economyPlanNotAPlanNotWritten:
    '{file}: ingenting er skrive i fila: ho er ein økonomiplan utan tabellane over driftstiltak og investeringstiltak. Med «tiltaksplan check PLAN.xlsx --economy-plan {file} --write» får ein kopi av fila arket «Avstemming planer».',
  rollNoTable:
    '{file}: ingenting er skrive: fila har verken tabellen over driftstiltak eller tabellen over investeringstiltak, så ho er ingen tiltaksplan og kan ikkje rullerast. ' +
    'Er det økonomiplanen (berre arket Økonomiplan), rullerer du i staden kvar tiltaksplan som blir kontrollert mot han, med «tiltaksplan roll PLAN.xlsx --out NY.xlsx»; økonomiplanen for den nye perioden lagar du med «tiltaksplan new NY.xlsx --economy-plan --start ÅR». ' +
    'Er det ein eldre tiltaksplan laga for hand, hent han inn først med «tiltaksplan import {file} --out NY.xlsx».',
  rollWritten: 'Skreiv {file}: planperioden {years}; førre periode er lagra på arket «{sheet}».',
  notCarried: 'Ikkje teke med: {what}',
  unexpected: 'tiltaksplan: uventa feil: {reason}',
  rollRefused:
    'Rullerer ikkje {file}: innstillingane og årskolonnane må rettast først, elles blir den nye planperioden gissa. Ingenting er skrive.',
  rollMovedBeside:
    'Cellene i {sheet}!{range} ved sida av tabellen står der dei stod, men tiltak over dei er tekne ut, så radene ved sida av dei har no andre tiltak.',
  rollFinished:
    'Eingongstiltaket {id} har ingen kostnad i den nye perioden og er teke ut av tabellane (det står på arket «{sheet}»).',
  rollRescaled:
    'Finansieringa av {id} følgjer Sum periode, som er grunnlaget, ned til summen av åra som er att: Nye midler er dei nye midlane i desse åra, og dei andre kolonnane deler resten i same forhold som før.',
  rollAfterPeriod:
    '{id} har {amount} i Etter perioden; det nye året {year} er 0. Flytt beløpet dit dersom det fell i {year}.',
  rollUnknownBefore:
    'Tidligere bevilget for {id} står som «{kept}»: {before} ({beforeCell}) og {first} for {year} ({firstCell}) kan ikkje leggjast saman før det ukjende beløpet er fylt inn. Begge står på arket «{sheet}».',
  rollFormulaValue:
    '{cell}: formelen {formula} i ein kolonne du har lagt til, er teken med som verdien han viste, «{value}» (i den nye tabellen ville referansane peika ein annan stad).',
  rollFormulaNoValue:
    '{cell}: formelen {formula} i ein kolonne du har lagt til, har ikkje noko resultat lagra i fila, så cella er tom i den nye tabellen. Skriv han inn på nytt der.',
  whatSheet: 'arket «{sheet}»',
  whatSetting:
    'rada «{setting}» med verdien «{value}» ({cell}), som gjentek ei innstilling: den nye arbeidsboka har éi rad per innstilling, med den nye verdien',
  whatCells: 'cellene i {sheet}!{range} utanfor tabellen (arket blir bygd på nytt av tabellen åleine)',
  planName: settingName('planName', 'nn'),
};
