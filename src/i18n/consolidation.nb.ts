/** Strings of the consolidated check (SPEC §15: many plans against one economy plan), bokmål. */
import { GLOSSARY_NB as g } from './glossary';

export const CONSOLIDATION_NB = {
  title: 'Samlet avstemming mot økonomiplanen',
  economyPlanFile: 'Økonomiplan: {file}',
  plansChecked: '{count, plural, one {# plan} other {# planer}} avstemt mot én økonomiplan.',
  planNotCompared:
    '{file} er ikke avstemt mot {economyPlan} (se den samlede avstemmingen): avstemmingen nedenfor er tom av den grunn, ikke fordi alt stemmer.',
  ownSheetIgnored:
    '{file}: arket «Økonomiplan» i planen ({count, plural, one {# linje} other {# linjer}}) er ikke brukt; planen er avstemt mot {economyPlan}.',
  summaryLine:
    'Samlet: {errors} feil, {warnings, plural, one {# advarsel} other {# advarsler}}, {notes, plural, =0 {} one {# merknad, } other {# merknader, }}{infos} i samsvar, innenfor rammen eller innenfor toleransen',
  economyCounted:
    'Medregnet {count, plural, one {# funn} other {# funn}} i økonomiplanen selv (se «Funn i økonomiplanen» nedenfor).',
  sheetErrorsCounted:
    'Medregnet {count} feil i arkene til {plans} (se {planCount, plural, one {planens egen del} other {planenes egne deler}}).',
  plansErrorsCounted:
    'Medregnet {count} feil i avstemmingen av {plans} mot økonomiplanen (se {planCount, plural, one {planens egen del} other {planenes egne deler}}).',
  verdictOk: 'Ingen feil i den samlede avstemmingen.',
  verdictErrors: 'Den samlede avstemmingen har feil som må rettes.',
  amountsIn: 'Beløp i {unit}',
  plansSummary: 'Hver plan for seg (funn i arkene og avstemmingen av tiltakene)',
  newMoneyTitle: `${g.newMoney} per år mot økonomiplanen`,
  newMoneyNote:
    'Tiltaksplan: nye midler i planens tiltak med status Beregnet. Økonomiplan: linjene med Del Drift og Linjetype Tiltak som hører til planen; i «Alle planer» også linjene som ikke hører til noen plan, men ikke linjene til en plan som ikke er avstemt.',
  newMoneyNotRead:
    'Et år som står som – er ikke lest: årsoverskriftene i tabellen stemmer ikke med planperioden (se funnene). ' +
    'Rammeområdene og linjene som avhenger av det året, avstemmes når overskriftene stemmer.',
  newMoneyYearsEmpty:
    'Økonomiplanen har ingen beløp for {years} ennå (se funnene i økonomiplanen): {years} står som –, og ' +
    'rammeområdene avstemmes for {years} når tallene er lagt inn.',
  plan: g.planName,
  what: 'Hva',
  measures: 'Tiltaksplan',
  economyPlan: 'Økonomiplan',
  difference: g.difference,
  allPlans: 'Alle planer',
  allLines: 'Alle linjer med Del Drift og Linjetype Tiltak',
  notCompared: 'ikke avstemt',
  framesTitle: `${g.frameTotal} på tvers av planene`,
  framesNone: 'Ingen rammeområder med nye midler eller linje i økonomiplanen.',
  framesNotCompared:
    '{count, plural, one {Rammeområdet {frames} er ikke avstemt} other {Rammeområdene {frames} er ikke avstemt}}: ' +
    'økonomiplanen har rammelinjer for dem, men ingen plan er avstemt mot økonomiplanen (se funnene).',
  framesHeld:
    'Rammeområdene som avhenger av en tabell der årskolonnene ikke stemmer med planperioden, er ikke sammenlignet ' +
    '(se funnene): de sammenlignes når overskriftene stemmer.',
  linesHeld:
    'Linjene i økonomiplanen som ingen plan har, er ikke listet: årskolonnene i økonomiplanen stemmer ikke med ' +
    'planperioden, så beløpene deres er ikke lest. De listes når overskriftene stemmer (se funnene).',
  noFrame: g.noFrame,
  framelessNote:
    '«{noFrame}» er nye midler i tiltak som verken har rammeområde eller en linje i økonomiplanen med rammeområde. ' +
    'De er regnet med i planens tall, men ikke sammenlignet med noen ramme: velg Rammeområde for tiltakene (se funnene i planen).',
  frame: g.frame,
  year: g.year,
  class: 'Klasse',
  severity: 'Alvor',
  shares: 'Andeler',
  itemsTitle: 'Funn i den samlede avstemmingen',
  itemsNone: 'Ingen funn: hver linje i økonomiplanen hører til én plan.',
  comparison: 'Sammenligning',
  ref: 'Ref',
  explanation: 'Forklaring',
  economyIssuesTitle: 'Funn i økonomiplanen',
  matchesHidden: '{count, plural, one {# sammenligning} other {# sammenligninger}} i samsvar er ikke listet.',
  'code.not-a-plan': 'Ikke en tiltaksplan',
  'code.plan-name-missing': 'Plannavn mangler',
  'code.plan-name-duplicate': 'Samme plannavn to ganger',
  'code.period-mismatch': 'Annen planperiode',
  'code.tolerance-differs': 'Ulik toleranse',
  'code.economy-plan-line-ambiguous': 'Linje i flere planer',
  'code.frame-line-plan': 'Plan på Ramme-linje',
  'explain.not-a-plan':
    '{file} har verken arket «Tiltak drift» eller «Tiltak investering» med tiltakstabellen, så filen er ikke en tiltaksplan og er holdt utenfor den samlede avstemmingen. Er filen økonomiplanen, gi den bare som økonomiplan, ikke som plan.',
  'explain.plan-name-missing':
    '{file} har ikke noe Plannavn i Innstillinger. Skriv planens navn der (for eksempel «Boligsosial handlingsplan»), så linjer i økonomiplanen kan vise til planen i kolonnen Plan.',
  'explain.plan-name-duplicate':
    '{file} har samme Plannavn som {other}: «{plan}». Gi hver plan sitt eget navn i Innstillinger, så kolonnen Plan i økonomiplanen viser til én plan. Planen er ikke avstemt.',
  'explain.period-mismatch':
    '«{plan}» gjelder {planYears}, økonomiplanen {years}. Planene må ha samme periode som økonomiplanen: er det planen som har feil periode, rett Første planår og Antall planår i planen; er det økonomiplanen, rett dem på arket Innstillinger i økonomiplanen, eller bruk økonomiplanen for {planYears}. Planen er ikke avstemt.',
  'explain.period-mismatch-plan':
    '«{plan}» gjelder {planYears}, økonomiplanen {years}. En annen plan i avstemmingen gjelder også {years}, så det er trolig denne planen som har feil periode: rett Første planår og Antall planår i planen. Planen er ikke avstemt.',
  'explain.period-mismatch-economy':
    '«{plan}» gjelder {planYears}, som alle planene i avstemmingen, men økonomiplanen gjelder {years}. Er økonomiplanen feil fil eller har feil periode, bruk økonomiplanen for {planYears}, eller rett Første planår og Antall planår på arket Innstillinger i økonomiplanen; ellers rett dem i planene. Planen er ikke avstemt.',
  'explain.tolerance-differs':
    '«{plan}» har Toleranse {own}{ownAt}, økonomiplanen {used}{usedAt} (beløp i {unit}). Den samlede avstemmingen bruker økonomiplanens toleranse, {used}, for alle planer, også i avstemmingen av «{plan}» mot økonomiplanen, så et avvik kan få en annen klasse enn i planens egen kontroll. Skriv samme Toleranse i planen og i økonomiplanen om de skal gi samme svar.',
  'explain.tolerance-differs-unit':
    '«{plan}» har Toleranse {own}{ownAt} (beløp i {planUnit}), økonomiplanen {used}{usedAt} (beløp i {unit}). Den samlede avstemmingen bruker økonomiplanens toleranse, {used} ({unit}), for alle planer, også i avstemmingen av «{plan}» mot økonomiplanen, så et avvik kan få en annen klasse enn i planens egen kontroll. Skal de gi samme svar, skriv Toleranse {same} i planen (økonomiplanens {used} i {unit} regnet om til {planUnit}), eller {other} i økonomiplanen.',
  'explain.economy-plan-line-ambiguous':
    'Økonomiplanlinjen {ref} ({economyPlan}) passer til {claimants}. Skriv planens navn i kolonnen Plan på linjen, så hører den til én plan.',
  'explain.frame-line-plan':
    'Ramme-linjen for {ref} ({economyPlan}) har «{plan}» i kolonnen Plan ({cell}), men en Ramme-linje gjelder rammeområdets tiltak i alle planene: {ref} er avstemt mot tiltakene i alle planene, og Plan på linjen er ikke brukt. Skal rammen fordeles på planene, før hver plans del som Tiltak-linjer.',
  toleranceAt: ' i {cell}',
  claimant: '{measure} i «{plan}»',
  lineYearsRead: '{amount} i årene som er lest; {years} er ikke lest',
  'explain.unclaimed-duplicate':
    'Økonomiplanlinjen {ref} ({economyPlan}) svarer til et tiltak i {file}, som ikke er avstemt fordi en plan foran den har samme Plannavn, «{plan}». Gi planen i {file} sitt eget navn i Innstillinger, og skriv navnet i kolonnen Plan på linjen. Linjen er ikke regnet med i «Alle planer» eller i rammeområdene, like lite som planens tiltak.',
  'explain.unclaimed-plan':
    'Økonomiplanlinjen {ref} ({economyPlan}) hører til planen «{plan}», men ingen plan med det navnet er avstemt i kontrollen. Kontroller Plan på linjen, eller ta med planen med samme periode som økonomiplanen. Linjen er ikke regnet med i «Alle planer» eller i rammeområdene, like lite som planens tiltak.',
  'explain.unclaimed-period':
    'Økonomiplanlinjen {ref} ({economyPlan}) har ingen Plan, men Ref viser til et tiltak i «{plan}», som gjelder {planYears}, ikke {years} som økonomiplanen, og derfor ikke er avstemt. Rett Første planår og Antall planår i planen. Linjen er ikke regnet med i «Alle planer» eller i rammeområdene, like lite som planens tiltak.',
  'explain.unclaimed-unknown':
    'Økonomiplanlinjen {ref} ({economyPlan}) har «{plan}» i kolonnen Plan ({cell}), men ingen plan i kontrollen har det Plannavnet. {known} Linjen er derfor ikke regnet med i «Alle planer» eller i rammeområdene. Rett Plan på linjen, eller ta med planen i kontrollen.',
  knownPlans: 'Plannavn i kontrollen: {plans}.',
  knownPlansNone: 'Ingen plan i kontrollen har Plannavn.',
  quotedPlan: '«{plan}»',
  sharesText: 'Andeler: {shares}.',
  share: '«{plan}» {amount}',
  notEconomyPlan:
    '{file}: finner ingen økonomiplantabell (arket «Økonomiplan»), så filen kan ikke brukes som økonomiplan; ingenting er skrevet.',
  summaryOnlyWritten: 'Skrev Sammendrag til {file}. Avstemming er ikke skrevet: planen er ikke avstemt.',
  notAPlanNotWritten: '{file} er ikke en tiltaksplan: ingenting er skrevet i filen.',
  planGivenTwice:
    '{file} er oppgitt to ganger som plan. Oppgi hver plan én gang; ingenting er kontrollert eller skrevet.',
  planSameFile:
    '{file} og {other} er samme fil, oppgitt to ganger som plan. Oppgi hver plan én gang; ingenting er kontrollert eller skrevet.',
  economyPlanWritten: 'Skrev arket «{sheet}» i {file}.',
  keptMovedToPlan:
    'Linjen hører nå til planen «{plan}»: sammenligningen står på arket «Avstemming» i den planen, og Status og Kommentar her er ikke flyttet dit.',
  cell: 'Celle',
  economyPlanNew:
    'Skrev {file}: en økonomiplan for {years} i {unit}, med arkene «Innstillinger» og «Økonomiplan» (kolonnen Plan knytter en linje til en plan).',
  economyPlanNewExample:
    'Skrev {file}: økonomiplanen til eksempelplanen for {years} i {unit}, med arkene «Innstillinger» og «Økonomiplan». Avstem en plan laget med «tiltaksplan new PLAN.xlsx --example --start {start}» mot den: «tiltaksplan check PLAN.xlsx --economy-plan {file}».',
};

export type ConsolidationKey = keyof typeof CONSOLIDATION_NB;
