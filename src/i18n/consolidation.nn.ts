/** Strings of the consolidated check (SPEC §15), nynorsk: every key written out. */
import type { ConsolidationKey } from './consolidation.nb';
import { GLOSSARY_NN as g } from './glossary';

export const CONSOLIDATION_NN: Record<ConsolidationKey, string> = {
  title: 'Samla avstemming mot økonomiplanen',
  economyPlanFile: 'Økonomiplan: {file}',
  plansChecked: '{count, plural, one {# plan} other {# planar}} avstemt mot éin økonomiplan.',
  planNotCompared:
    '{file} er ikkje avstemt mot {economyPlan} (sjå den samla avstemminga): avstemminga nedanfor er tom av den grunnen, ikkje fordi alt stemmer.',
  ownSheetIgnored:
    '{file}: arket «Økonomiplan» i planen ({count, plural, one {# line} other {# liner}}) er ikkje brukt; planen er avstemt mot {economyPlan}.',
  summaryLine:
    'Samla: {errors} feil, {warnings, plural, one {# åtvaring} other {# åtvaringar}}, {notes, plural, =0 {} one {# merknad, } other {# merknader, }}{infos} i samsvar, innanfor ramma eller innanfor toleransen',
  economyCounted:
    'Medrekna {count, plural, one {# funn} other {# funn}} i sjølve økonomiplanen (sjå «Funn i økonomiplanen» nedanfor).',
  sheetErrorsCounted:
    'Medrekna {count} feil i arka til {plans} (sjå {planCount, plural, one {den eigne delen til planen} other {dei eigne delane til planane}}).',
  plansErrorsCounted:
    'Medrekna {count} feil i avstemminga av {plans} mot økonomiplanen (sjå {planCount, plural, one {den eigne delen til planen} other {dei eigne delane til planane}}).',
  verdictOk: 'Ingen feil i den samla avstemminga.',
  verdictErrors: 'Den samla avstemminga har feil som må rettast.',
  amountsIn: 'Beløp i {unit}',
  plansSummary: 'Kvar plan for seg (funn i arka og avstemminga av tiltaka)',
  newMoneyTitle: `${g.newMoney} per år mot økonomiplanen`,
  newMoneyNote:
    'Tiltaksplan: nye midlar i tiltaka i planen med status Beregnet. Økonomiplan: linene med Del Drift og Linjetype Tiltak som høyrer til planen; i «Alle planar» òg linene som ikkje høyrer til nokon plan, men ikkje linene til ein plan som ikkje er avstemt.',
  newMoneyNotRead:
    'Eit år som står som – er ikkje lese: årsoverskriftene i tabellen stemmer ikkje med planperioden (sjå funna). ' +
    'Rammeområda og linene som er avhengige av det året, blir avstemde når overskriftene stemmer.',
  newMoneyYearsEmpty:
    'Økonomiplanen har ingen beløp for {years} enno (sjå funna i økonomiplanen): {years} står som –, og ' +
    'rammeområda blir avstemde for {years} når tala er lagde inn.',
  plan: g.planName,
  what: 'Kva',
  measures: 'Tiltaksplan',
  economyPlan: 'Økonomiplan',
  difference: g.difference,
  allPlans: 'Alle planar',
  allLines: 'Alle liner med Del Drift og Linjetype Tiltak',
  notCompared: 'ikkje avstemt',
  framesTitle: `${g.frameTotal} på tvers av planane`,
  framesNone: 'Ingen rammeområde med nye midlar eller line i økonomiplanen.',
  framesNotCompared:
    '{count, plural, one {Rammeområdet {frames} er ikkje avstemt} other {Rammeområda {frames} er ikkje avstemde}}: ' +
    'økonomiplanen har rammeliner for dei, men ingen plan er avstemt mot økonomiplanen (sjå funna).',
  framesHeld:
    'Rammeområda som er avhengige av ein tabell der årskolonnane ikkje stemmer med planperioden, er ikkje ' +
    'samanlikna (sjå funna): dei blir samanlikna når overskriftene stemmer.',
  linesHeld:
    'Linene i økonomiplanen som ingen plan har, er ikkje lista: årskolonnane i økonomiplanen stemmer ikkje med ' +
    'planperioden, så beløpa deira er ikkje lesne. Dei blir lista når overskriftene stemmer (sjå funna).',
  noFrame: g.noFrame,
  framelessNote:
    '«{noFrame}» er nye midlar i tiltak som verken har rammeområde eller ei line i økonomiplanen med rammeområde. ' +
    'Dei er rekna med i tala til planen, men ikkje samanlikna med nokon ramme: vel Rammeområde for tiltaka (sjå funna i planen).',
  frame: g.frame,
  year: g.year,
  class: 'Klasse',
  severity: 'Alvor',
  shares: 'Andelar',
  itemsTitle: 'Funn i den samla avstemminga',
  itemsNone: 'Ingen funn: kvar line i økonomiplanen høyrer til éin plan.',
  comparison: 'Samanlikning',
  ref: 'Ref',
  explanation: 'Forklaring',
  economyIssuesTitle: 'Funn i økonomiplanen',
  matchesHidden: '{count, plural, one {# samanlikning} other {# samanlikningar}} i samsvar er ikkje lista.',
  'code.not-a-plan': 'Ikkje ein tiltaksplan',
  'code.plan-name-missing': 'Plannamn manglar',
  'code.plan-name-duplicate': 'Same plannamn to gonger',
  'code.period-mismatch': 'Anna planperiode',
  'code.tolerance-differs': 'Ulik toleranse',
  'code.economy-plan-line-ambiguous': 'Line i fleire planar',
  'code.frame-line-plan': 'Plan på rammeline',
  'explain.not-a-plan':
    '{file} har verken arket «Tiltak drift» eller «Tiltak investering» med tiltakstabellen, så fila er ikkje ein tiltaksplan og er halden utanfor den samla avstemminga. Er fila økonomiplanen, gi ho berre som økonomiplan, ikkje som plan.',
  'explain.plan-name-missing':
    '{file} har ikkje noko Plannavn i Innstillinger. Skriv namnet på planen der (til dømes «Boligsosial handlingsplan»), så liner i økonomiplanen kan vise til planen i kolonnen Plan.',
  'explain.plan-name-duplicate':
    '{file} har same Plannavn som {other}: «{plan}». Gi kvar plan sitt eige namn i Innstillinger, så kolonnen Plan i økonomiplanen viser til éin plan. Planen er ikkje avstemt.',
  'explain.period-mismatch':
    '«{plan}» gjeld {planYears}, økonomiplanen {years}. Planane må ha same periode som økonomiplanen: er det planen som har feil periode, rett Første planår og Antall planår i planen; er det økonomiplanen, rett dei på arket Innstillinger i økonomiplanen, eller bruk økonomiplanen for {planYears}. Planen er ikkje avstemt.',
  'explain.period-mismatch-plan':
    '«{plan}» gjeld {planYears}, økonomiplanen {years}. Ein annan plan i avstemminga gjeld òg {years}, så det er truleg denne planen som har feil periode: rett Første planår og Antall planår i planen. Planen er ikkje avstemt.',
  'explain.period-mismatch-economy':
    '«{plan}» gjeld {planYears}, som alle planane i avstemminga, men økonomiplanen gjeld {years}. Er økonomiplanen feil fil eller har feil periode, bruk økonomiplanen for {planYears}, eller rett Første planår og Antall planår på arket Innstillinger i økonomiplanen; elles rett dei i planane. Planen er ikkje avstemt.',
  'explain.tolerance-differs':
    '«{plan}» har Toleranse {own}{ownAt}, økonomiplanen {used}{usedAt} (beløp i {unit}). Den samla avstemminga brukar toleransen i økonomiplanen, {used}, for alle planane, òg i avstemminga av «{plan}» mot økonomiplanen, så eit avvik kan få ein annan klasse enn i den eigne kontrollen til planen. Skriv same Toleranse i planen og i økonomiplanen om dei skal gi same svar.',
  'explain.tolerance-differs-unit':
    '«{plan}» har Toleranse {own}{ownAt} (beløp i {planUnit}), økonomiplanen {used}{usedAt} (beløp i {unit}). Den samla avstemminga brukar toleransen i økonomiplanen, {used} ({unit}), for alle planane, òg i avstemminga av «{plan}» mot økonomiplanen, så eit avvik kan få ein annan klasse enn i den eigne kontrollen til planen. Skal dei gi same svar, skriv Toleranse {same} i planen ({used} i {unit} frå økonomiplanen rekna om til {planUnit}), eller {other} i økonomiplanen.',
  'explain.economy-plan-line-ambiguous':
    'Økonomiplanlina {ref} ({economyPlan}) passar til {claimants}. Skriv namnet på planen i kolonnen Plan på lina, så høyrer ho til éin plan.',
  'explain.frame-line-plan':
    'Rammelina for {ref} ({economyPlan}) har «{plan}» i kolonnen Plan ({cell}), men ei rammeline gjeld tiltaka i rammeområdet i alle planane: {ref} er avstemt mot tiltaka i alle planane, og Plan på lina er ikkje brukt. Skal ramma fordelast på planane, før delen til kvar plan som Tiltak-liner.',
  toleranceAt: ' i {cell}',
  claimant: '{measure} i «{plan}»',
  lineYearsRead: '{amount} i åra som er lesne; {years} er ikkje lese',
  'explain.unclaimed-duplicate':
    'Økonomiplanlina {ref} ({economyPlan}) svarar til eit tiltak i {file}, som ikkje er avstemt fordi ein plan framfor han har same Plannavn, «{plan}». Gi planen i {file} sitt eige namn i Innstillinger, og skriv namnet i kolonnen Plan på lina. Lina er ikkje rekna med i «Alle planar» eller i rammeområda, like lite som tiltaka i planen.',
  'explain.unclaimed-plan':
    'Økonomiplanlina {ref} ({economyPlan}) høyrer til planen «{plan}», men ingen plan med det namnet er avstemt i kontrollen. Kontroller Plan på lina, eller ta med planen med same periode som økonomiplanen. Lina er ikkje rekna med i «Alle planar» eller i rammeområda, like lite som tiltaka i planen.',
  'explain.unclaimed-period':
    'Økonomiplanlina {ref} ({economyPlan}) har ingen Plan, men Ref viser til eit tiltak i «{plan}», som gjeld {planYears}, ikkje {years} som økonomiplanen, og difor ikkje er avstemt. Rett Første planår og Antall planår i planen. Lina er ikkje rekna med i «Alle planar» eller i rammeområda, like lite som tiltaka i planen.',
  'explain.unclaimed-unknown':
    'Økonomiplanlina {ref} ({economyPlan}) har «{plan}» i kolonnen Plan ({cell}), men ingen plan i kontrollen har det Plannavnet. {known} Lina er difor ikkje rekna med i «Alle planar» eller i rammeområda. Rett Plan på lina, eller ta med planen i kontrollen.',
  knownPlans: 'Plannamn i kontrollen: {plans}.',
  knownPlansNone: 'Ingen plan i kontrollen har Plannavn.',
  quotedPlan: '«{plan}»',
  sharesText: 'Andelar: {shares}.',
  share: '«{plan}» {amount}',
  notEconomyPlan:
    '{file}: finn ingen økonomiplantabell (arket «Økonomiplan»), så fila kan ikkje brukast som økonomiplan; ingenting er skrive.',
  summaryOnlyWritten: 'Skreiv arket Sammendrag til {file}. Arket Avstemming er ikkje skrive: planen er ikkje avstemt.',
  notAPlanNotWritten: '{file} er ikkje ein tiltaksplan: ingenting er skrive i fila.',
  planGivenTwice:
    '{file} er gitt opp to gonger som plan. Gi opp kvar plan éin gong; ingenting er kontrollert eller skrive.',
  planSameFile:
    '{file} og {other} er same fil, gitt opp to gonger som plan. Gi opp kvar plan éin gong; ingenting er kontrollert eller skrive.',
  economyPlanWritten: 'Skreiv arket «{sheet}» i {file}.',
  keptMovedToPlan:
    'Linja høyrer no til planen «{plan}»: samanlikninga står på arket «Avstemming» i den planen, og Status og Kommentar her er ikkje flytta dit.',
  cell: 'Celle',
  economyPlanNew:
    'Skreiv {file}: ein økonomiplan for {years} i {unit}, med arka «Innstillinger» og «Økonomiplan» (kolonnen Plan knyter ei line til ein plan).',
  economyPlanNewExample:
    'Skreiv {file}: økonomiplanen til eksempelplanen for {years} i {unit}, med arka «Innstillinger» og «Økonomiplan». Avstem ein plan laga med «tiltaksplan new PLAN.xlsx --example --start {start}» mot han: «tiltaksplan check PLAN.xlsx --economy-plan {file}».',
};
