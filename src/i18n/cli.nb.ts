/** The strings the command line shares with the reports and the pane, in bokmål: the reference catalogue whose keys every language must have. */
import { GLOSSARY_NB as g, settingName } from './glossary';

export const CLI_NB = {
  unreadable: '{file}: kan ikke leses: {reason}',
  exists: '{file} finnes fra før. Tiltaksplan skriver aldri over en fil; velg et annet navn.',
  written: 'Skrev {file}.',
  'expected.years': 'et helt tall fra 4 til 10',
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
  verdictNotReconciled: 'Ingen feil i arkene, men planen er ikke avstemt.',
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
  newMoneyByYear: `${g.newMoney} per år`,
  areaNote: 'Et tiltak som berører flere planområder, telles fullt i hvert av dem.',
  yearsNotRead:
    'Årskolonnene stemmer ikke med planperioden (se funnene): et planår uten egen kolonne står som –, og beløp i en ' +
    'årskolonne utenfor perioden er ikke med i summene.',
  statusCounts: 'Tiltak per kostnadsstatus',
  costStatus: g.costStatus,
  emptyStatus: g.empty,
  noName: g.noName,
  noFrame: g.noFrame,
  noSection: g.noSection,
  notCosted: g.notCosted,
  reconciliation: 'Avstemming mot økonomiplanen',
  reconciliationNone: 'Ingenting å avstemme.',
  reconciliationYearsHeld:
    'Sammenligningene som bruker beløpene per år i en tabell der årskolonnene ikke stemmer med planperioden, er ' +
    'ikke gjort: de gjøres når overskriftene stemmer (se funnene).',
  reconciliationYearsEmpty:
    'Sammenligningene for {years} er ikke gjort: de gjøres når økonomiplanen har beløp for {years} (se funnene).',
  reconciliationFinancingWaits: 'Det samme gjelder finansieringen av prosjektene, som summerer alle planårene.',
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
  notCarried: 'Ikke tatt med: {what}',
  rollRefused:
    'Rullerer ikke {file}: innstillingene og årskolonnene må rettes først, ellers blir den nye planperioden gjettet. Ingenting er skrevet.',
  rollRefusedTable:
    'Rullerer ikke {file}: en av planens tabeller ble ikke funnet, og tiltakene eller linjene i den ville blitt stående urullert. Rett først det funnet nedenfor sier. Ingenting er skrevet.',
  rollRefusedSettings:
    'Rullerer ikke {file}: innstillingene ble ikke funnet (innstillingstabellen, eller kolonnen Innstilling eller Verdi i den), så Første planår, Antall planår og Beløpsenhet ville blitt gjettet (neste år, 4 år, 1000 kr): den nye planperioden ville blitt feil, og beløpene kunne blitt lest i feil enhet. Rett først det funnet nedenfor sier. Ingenting er skrevet.',
  rollRowBelow: `Rad {row} under {table} ({sheet}!{cell}) lå utenfor tabellen og er ikke rullert: beløpene er ikke flyttet til de nye årene, og årstallene over dem er nå ett år senere, så hvert beløp står under året etter sitt. Hører raden til tabellen, så ta den inn i tabellen i planen du rullet fra (under ${g.structure} i tillegget, eller Tabellutforming → Endre størrelse på tabell) og rull på nytt. Utvid ikke tabellen over raden i den rullerte planen: da leses beløpene ett år for sent.`,
  rollRowBelowBlank: `Rad {row} under {table} ({sheet}!{cell}) lå utenfor tabellen og er ikke rullert; den har ingen beløp i årskolonnene, så ingenting står under feil år. Hører raden til tabellen, så ta den inn i tabellen (under ${g.structure} i tillegget, eller Tabellutforming → Endre størrelse på tabell).`,
  rollRowBelowNew: `Rad {row} under {table} ({sheet}!{cell}) lå utenfor tabellen og er verken rullert eller tatt med i den nye arbeidsboken. Hører raden til tabellen, så ta den inn i tabellen her (under ${g.structure} i tillegget) og rull på nytt.`,
  rollMovedBeside:
    'Cellene i {sheet}!{range} ved siden av tabellen står der de sto, men tiltak over dem er tatt ut, så radene ved siden av dem har nå andre tiltak.',
  rollHiddenShown:
    'På arket «{sheet}» var radene til {measures} skjult. Rulleringen flytter rader, så de vises nå (ellers ville andre tiltak blitt skjult): skjul dem igjen i Excel om de fortsatt skal være skjult.',
  rollNoteKept:
    'Merknaden «{text}», som Excel hadde tatt inn i {table} ({sheet}!{from}), står nå under tabellen i {sheet}!{to}, med en tom rad imellom, og i den gamle tabellen på arket «{archive}».',
  rollNoteInWay:
    'Merknaden «{text}», som Excel hadde tatt inn i {table} ({sheet}!{from}), er ikke skrevet under den rullerte tabellen: cellen {sheet}!{inWay}, der den skulle stå, har innhold fra før. Merknaden står i den gamle tabellen på arket «{archive}».',
  rollFinished:
    'Engangstiltaket {id} har ingen kostnad i den nye perioden og er tatt ut av tabellene (det står på arket «{sheet}»).',
  rollRescaled:
    'Finansieringen av {id} følger Sum periode, som er grunnlaget, ned til summen av årene som er igjen: Nye midler er de nye midlene i disse årene, og de andre kolonnene deler resten i samme forhold som før.',
  rollAfterPeriod:
    '{id} har {amount} i Etter perioden; det nye året {year} er 0. Flytt beløpet dit hvis det faller i {year}.',
  rollUnknownBefore:
    'Tidligere bevilget for {id} står som «{kept}»: {before} ({beforeCell}) og {first} for {year} ({firstCell}) kan ikke legges sammen før det ukjente beløpet er fylt inn. Begge står på arket «{sheet}».',
  rollStaleCell:
    '{cell}: formelen leser {ref}, som var {before}. Etter rulleringen står {after} i de samme cellene, så formelen viser nå et annet år. Kontroller og rett den.',
  rollStaleName:
    'Navnet {name} viser til {ref}, som var {before}. Etter rulleringen står {after} der, så navnet gjelder nå et annet år. Kontroller og rett det under Formler › Navnebehandling.',
  rollRowCell:
    '{cell}: formelen leser {ref}, raden til {before}. Etter rulleringen står {after} der (raden flyttet seg da et tiltak gikk ut), så formelen leser nå et annet tiltak. Kontroller og rett den.',
  rollRowName:
    'Navnet {name} viser til {ref}, raden til {before}. Etter rulleringen står {after} der (raden flyttet seg da et tiltak gikk ut), så navnet gjelder nå et annet tiltak. Kontroller og rett det under Formler › Navnebehandling.',
  rollNoMeasure: 'ikke noe tiltak',
  rollTextAmounts:
    '{count} beløp stod som tekst i tabellene ({cells}). Rulleringen har skrevet {count, plural, one {det som tall} other {dem som tall}} i de nye tabellene og på arket «{sheet}»: beløpene er de samme, men Excels egne summer regner {count, plural, one {det med nå} other {dem med nå}}. Kontroller summene dine.',
  whereChart: 'diagrammet «{chart}» på arket «{sheet}»',
  whereRule: 'den betingede formateringen på {sheet}!{range}',
  whereValidation: 'datavalideringen (nedtrekkslisten) på {sheet}!{range}',
  whereLocalName: 'navnet {name} på arket «{sheet}»',
  whereName: 'navnet {name}',
  rollStaleChart:
    '{where} viser celler som rulleringen har gitt et annet år eller tiltak: {refs}. Diagrammet viser nå noe annet enn før; kontroller og rett dataområdet.',
  rollStalePlace:
    '{where} leser {ref}, som var {before}. Etter rulleringen står {after} i de samme cellene: et annet år enn før. Kontroller og rett referansen.',
  rollRowPlace:
    '{where} leser {ref}, raden til {before}. Etter rulleringen står {after} der (raden flyttet seg da et tiltak gikk ut): et annet tiltak enn før. Kontroller og rett referansen.',
  rollUnchecked:
    '{count, plural, one {Én formel bruker} other {# formler bruker}} INDIRECT eller OFFSET ({where}). Rulleringen kan ikke se hvilke celler {count, plural, one {den leser, så den er ikke kontrollert: kontroller den selv} other {de leser, så de er ikke kontrollert: kontroller dem selv}}.',
  rollGoneYear:
    '{where}: {ref} viser til året {year}, som er tatt ut av tabellen ved rulleringen. Excel finner ikke kolonnen; kontroller og rett formelen.',
  rollGoneYearName:
    '{where}: {ref} viser til året {year}, som er tatt ut av tabellen ved rulleringen. Excel finner ikke kolonnen; kontroller og rett navnet under Formler › Navnebehandling.',
  rollFormulaColumn:
    'Kolonnen «{column}» du har lagt til i {table}, er en beregnet kolonne med formelen {formula}. Den viser til {missing}, som ikke er i tabellen etter rulleringen, så kolonnen er tatt med som verdiene den viste, uten formel (de står også på arket «{archive}»). Skriv inn en ny formel i kolonnen om du vil ha den beregnet.',
  rollFormulaValue:
    '{cell}: formelen {formula} i en kolonne du har lagt til, er tatt med som verdien den viste, «{value}» (i den nye tabellen ville referansene pekt et annet sted).',
  rollFormulaNoValue:
    '{cell}: formelen {formula} i en kolonne du har lagt til, har ikke noe resultat lagret i filen, så cellen er tom i den nye tabellen. Skriv den inn på nytt der.',
  rollProductFormulaValue:
    '{cell}: formelen {formula} i «{column}» er skrevet inn som verdien den viste, {value}: rulleringen flytter årene og radene i tabellen, så formelen ville regnet med andre celler. Skriv den inn på nytt om du trenger den.',
  rollProductFormulaRecomputed:
    '{cell}: formelen {formula} i «{column}» er erstattet av et tall: rulleringen legger året som gikk ut til Tidligere bevilget og skriver summen som verdi. Skriv formelen inn på nytt om du trenger den.',
  rollProductFormulaNoValue:
    '{cell}: formelen {formula} i «{column}» har ikke noe resultat lagret i filen, så verdien er ikke med i den nye tabellen. Skriv den inn på nytt.',
  rollProductFormulaMore:
    '{count, plural, one {Én formel til} other {{count} formler til}} i tabellenes kolonner ({cells}) er skrevet inn som {count, plural, one {verdien den viste} other {verdiene de viste}}, av samme grunn. Skriv {count, plural, one {den inn på nytt om du trenger den} other {dem inn på nytt om du trenger dem}}.',
  whatSheet: 'arket «{sheet}»',
  whatSetting:
    'raden «{setting}» med verdien «{value}» ({cell}), som gjentar en innstilling: den nye arbeidsboken har én rad per innstilling, med den nye verdien',
  whatCells: 'cellene i {sheet}!{range} utenfor tabellen (arket bygges på nytt av tabellen alene)',
  planName: settingName('planName', 'nb'),
};

export type CliKey = keyof typeof CLI_NB;
