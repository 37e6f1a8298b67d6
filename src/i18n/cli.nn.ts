/** The command line's own strings in nynorsk: every key written out, so no bokmål text shows through. */
import type { CliKey } from './cli.nb';
import { GLOSSARY_NN as g, settingName } from './glossary';

export const CLI_NN: Record<CliKey, string> = {
  unreadable: '{file}: kan ikkje lesast: {reason}',
  exists: '{file} finst frå før. Tiltaksplan skriv aldri over ei fil; vel eit anna namn.',
  written: 'Skreiv {file}.',
  'expected.years': 'eit heilt tal frå 4 til 10',
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
  verdictNotReconciled: 'Ingen feil i arka, men planen er ikkje avstemt.',
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
  newMoneyByYear: `${g.newMoney} per år`,
  areaNote: 'Eit tiltak som rører ved fleire planområde, blir talt fullt i kvart av dei.',
  yearsNotRead:
    'Årskolonnane stemmer ikkje med planperioden (sjå funna): eit planår utan eigen kolonne står som –, og beløp i ' +
    'ein årskolonne utanfor perioden er ikkje med i summane.',
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
    'Samanlikningane som nyttar beløpa per år i ein tabell der årskolonnane ikkje stemmer med planperioden, er ' +
    'ikkje gjorde: dei blir gjorde når overskriftene stemmer (sjå funna).',
  reconciliationYearsEmpty:
    'Samanlikningane for {years} er ikkje gjorde: dei blir gjorde når økonomiplanen har beløp for {years} (sjå funna).',
  reconciliationFinancingWaits: 'Det same gjeld finansieringa av prosjekta, som summerer alle planåra.',
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
  notCarried: 'Ikkje teke med: {what}',
  rollRefused:
    'Rullerer ikkje {file}: innstillingane og årskolonnane må rettast først, elles blir den nye planperioden gissa. Ingenting er skrive.',
  rollRefusedTable:
    'Rullerer ikkje {file}: ein av tabellane i planen vart ikkje funnen, og tiltaka eller linene i han ville blitt ståande urullerte. Rett først det meldinga nedanfor seier. Ingenting er skrive.',
  rollRefusedSettings:
    'Rullerer ikkje {file}: innstillingane vart ikkje funne (innstillingstabellen, eller kolonnen Innstilling eller Verdi i han), så Første planår, Antall planår og Beløpsenhet ville blitt gissa (neste år, 4 år, 1000 kr): den nye planperioden ville blitt feil, og beløpa kunne blitt lesne i feil eining. Rett først det meldinga nedanfor seier. Ingenting er skrive.',
  rollRowBelow: `Rad {row} under {table} ({sheet}!{cell}) låg utanfor tabellen og er ikkje rullert: beløpa er ikkje flytte til dei nye åra, og årstala over dei er no eitt år seinare, så kvart beløp står under året etter sitt. Høyrer rada til tabellen, så ta ho inn i tabellen i planen du rullerte frå (under ${g.structure} i tillegget, eller Tabellutforming → Endre storleik på tabell) og rull på nytt. Utvid ikkje tabellen over rada i den rullerte planen: då blir beløpa lesne eitt år for seint.`,
  rollRowBelowBlank: `Rad {row} under {table} ({sheet}!{cell}) låg utanfor tabellen og er ikkje rullert; ho har ingen beløp i årskolonnane, så ingenting står under feil år. Høyrer rada til tabellen, så ta ho inn i tabellen (under ${g.structure} i tillegget, eller Tabellutforming → Endre storleik på tabell).`,
  rollRowBelowNew: `Rad {row} under {table} ({sheet}!{cell}) låg utanfor tabellen og er verken rullert eller teken med i den nye arbeidsboka. Høyrer rada til tabellen, så ta ho inn i tabellen her (under ${g.structure} i tillegget) og rull på nytt.`,
  rollMovedBeside:
    'Cellene i {sheet}!{range} ved sida av tabellen står der dei stod, men tiltak over dei er tekne ut, så radene ved sida av dei har no andre tiltak.',
  rollHiddenShown:
    'På arket «{sheet}» var radene til {measures} gøymde. Rulleringa flyttar rader, så dei blir viste no (elles ville andre tiltak blitt gøymde): gøym dei att i Excel om dei framleis skal vere gøymde.',
  rollNoteKept:
    'Merknaden «{text}», som Excel hadde teke inn i {table} ({sheet}!{from}), står no under tabellen i {sheet}!{to}, med ei tom rad imellom, og i den gamle tabellen på arket «{archive}».',
  rollNoteInWay:
    'Merknaden «{text}», som Excel hadde teke inn i {table} ({sheet}!{from}), er ikkje skriven under den rullerte tabellen: cella {sheet}!{inWay}, der han skulle stå, har innhald frå før. Merknaden står i den gamle tabellen på arket «{archive}».',
  rollFinished:
    'Eingongstiltaket {id} har ingen kostnad i den nye perioden og er teke ut av tabellane (det står på arket «{sheet}»).',
  rollRescaled:
    'Finansieringa av {id} følgjer Sum periode, som er grunnlaget, ned til summen av åra som er att: Nye midler er dei nye midlane i desse åra, og dei andre kolonnane deler resten i same forhold som før.',
  rollAfterPeriod:
    '{id} har {amount} i Etter perioden; det nye året {year} er 0. Flytt beløpet dit dersom det fell i {year}.',
  rollUnknownBefore:
    'Tidligere bevilget for {id} står som «{kept}»: {before} ({beforeCell}) og {first} for {year} ({firstCell}) kan ikkje leggjast saman før det ukjende beløpet er fylt inn. Begge står på arket «{sheet}».',
  rollStaleCell:
    '{cell}: formelen les {ref}, som var {before}. Etter rulleringa står {after} i dei same cellene, så formelen viser no eit anna år. Kontroller og rett han.',
  rollStaleName:
    'Namnet {name} viser til {ref}, som var {before}. Etter rulleringa står {after} der, så namnet gjeld no eit anna år. Kontroller og rett det under Formler › Navnebehandling.',
  rollRowCell:
    '{cell}: formelen les {ref}, rada til {before}. Etter rulleringa står {after} der (rada flytte seg då eit tiltak gjekk ut), så formelen les no eit anna tiltak. Kontroller og rett han.',
  rollRowName:
    'Namnet {name} viser til {ref}, rada til {before}. Etter rulleringa står {after} der (rada flytte seg då eit tiltak gjekk ut), så namnet gjeld no eit anna tiltak. Kontroller og rett det under Formler › Navnebehandling.',
  rollNoMeasure: 'ikkje noko tiltak',
  rollTextAmounts:
    '{count} beløp stod som tekst i tabellane ({cells}). Rulleringa har skrive {count, plural, one {det som tal} other {dei som tal}} i dei nye tabellane og på arket «{sheet}»: beløpa er dei same, men summane i Excel reknar {count, plural, one {det med no} other {dei med no}}. Kontroller summane dine.',
  whereChart: 'diagrammet «{chart}» på arket «{sheet}»',
  whereRule: 'vilkårsformateringa på {sheet}!{range}',
  whereValidation: 'datavalideringa (nedtrekkslista) på {sheet}!{range}',
  whereLocalName: 'namnet {name} på arket «{sheet}»',
  whereName: 'namnet {name}',
  rollStaleChart:
    '{where} viser celler som rulleringa har gitt eit anna år eller tiltak: {refs}. Diagrammet viser no noko anna enn før; kontroller og rett dataområdet.',
  rollStalePlace:
    '{where} les {ref}, som var {before}. Etter rulleringa står {after} i dei same cellene: eit anna år enn før. Kontroller og rett referansen.',
  rollRowPlace:
    '{where} les {ref}, rada til {before}. Etter rulleringa står {after} der (rada flytte seg då eit tiltak gjekk ut): eit anna tiltak enn før. Kontroller og rett referansen.',
  rollUnchecked:
    '{count, plural, one {Éin formel brukar} other {# formlar brukar}} INDIRECT eller OFFSET ({where}). Rulleringa kan ikkje sjå kva celler {count, plural, one {han les, så han er ikkje kontrollert: kontroller han sjølv} other {dei les, så dei er ikkje kontrollerte: kontroller dei sjølv}}.',
  rollGoneYear:
    '{where}: {ref} viser til året {year}, som er teke ut av tabellen ved rulleringa. Excel finn ikkje kolonnen; kontroller og rett formelen.',
  rollGoneYearName:
    '{where}: {ref} viser til året {year}, som er teke ut av tabellen ved rulleringa. Excel finn ikkje kolonnen; kontroller og rett namnet under Formler › Navnebehandling.',
  rollFormulaColumn:
    'Kolonnen «{column}» du har lagt til i {table}, er ein berekna kolonne med formelen {formula}. Han viser til {missing}, som ikkje er i tabellen etter rulleringa, så kolonnen er teken med som verdiane han viste, utan formel (dei står òg på arket «{archive}»). Skriv inn ein ny formel i kolonnen om du vil ha han berekna.',
  rollFormulaValue:
    '{cell}: formelen {formula} i ein kolonne du har lagt til, er teken med som verdien han viste, «{value}» (i den nye tabellen ville referansane peika ein annan stad).',
  rollFormulaNoValue:
    '{cell}: formelen {formula} i ein kolonne du har lagt til, har ikkje noko resultat lagra i fila, så cella er tom i den nye tabellen. Skriv han inn på nytt der.',
  rollProductFormulaValue:
    '{cell}: formelen {formula} i «{column}» er skriven inn som verdien han viste, {value}: rulleringa flyttar åra og radene i tabellen, så formelen ville rekna med andre celler. Skriv han inn på nytt om du treng han.',
  rollProductFormulaRecomputed:
    '{cell}: formelen {formula} i «{column}» er bytt ut med eit tal: rulleringa legg året som gjekk ut til Tidligere bevilget og skriv summen som verdi. Skriv formelen inn på nytt om du treng han.',
  rollProductFormulaNoValue:
    '{cell}: formelen {formula} i «{column}» har ikkje noko resultat lagra i fila, så verdien er ikkje med i den nye tabellen. Skriv han inn på nytt.',
  rollProductFormulaMore:
    '{count, plural, one {Éin formel til} other {{count} formlar til}} i kolonnane i tabellane ({cells}) er {count, plural, one {skriven inn som verdien han viste} other {skrivne inn som verdiane dei viste}}, av same grunn. Skriv {count, plural, one {han inn på nytt om du treng han} other {dei inn på nytt om du treng dei}}.',
  whatSheet: 'arket «{sheet}»',
  whatSetting:
    'rada «{setting}» med verdien «{value}» ({cell}), som gjentek ei innstilling: den nye arbeidsboka har éi rad per innstilling, med den nye verdien',
  whatCells: 'cellene i {sheet}!{range} utanfor tabellen (arket blir bygd på nytt av tabellen åleine)',
  planName: settingName('planName', 'nn'),
};
