/** Strings of the change report (`tiltaksplan compare`, the pane's Endringer and Lagre versjon), bokmål. */
import { GLOSSARY_NB as g } from './glossary';

export const COMPARE_NB = {
  title: 'Endringer fra {label}',
  older: 'Eldre versjon: {name}, {from}–{to}, {unit}',
  newer: 'Nyere versjon: {name}, {from}–{to}, {unit}',
  amountsIn: 'Beløp i {unit}. Bare tiltak med kostnadsstatus Beregnet teller i summene.',
  unitChanged: 'Beløpsenheten er endret fra {old} til {new}. Beløpene er sammenlignet i kroner.',
  unitNotConvertedLarger:
    'Beløpsenheten er endret fra {old} til {new}, men beløpene ser ikke ut til å være regnet om: {scaled} av {changed} endrede beløp er {factor} ganger så store som før. ' +
    'Ble Beløpsenhet endret i Innstillinger uten at beløpene ble regnet om? Da er disse endringene ikke virkelige: del beløpene i den nyere versjonen på {factor}, eller sett Beløpsenhet tilbake til {old}.',
  unitNotConvertedSmaller:
    'Beløpsenheten er endret fra {old} til {new}, men beløpene ser ikke ut til å være regnet om: {scaled} av {changed} endrede beløp er {factor} ganger så små som før. ' +
    'Ble Beløpsenhet endret i Innstillinger uten at beløpene ble regnet om? Da er disse endringene ikke virkelige: gang beløpene i den nyere versjonen med {factor}, eller sett Beløpsenhet tilbake til {old}.',
  settingChanged: '{setting} er endret fra {old} til {new}.',
  settingAmountChanged: '{setting} er endret fra {old} til {new} ({unit}).',
  quoted: '«{text}»',
  yearsCompared: 'År i begge versjoner: {years}.',
  noCommonYears: 'Ingen år finnes i begge versjonene, så ingen beløp er sammenlignet.',
  yearsOnlyOld: 'Bare i den eldre versjonen: {years}.',
  yearsOnlyNew: 'Bare i den nyere versjonen: {years}.',
  outsidePeriod: '«–» betyr at året er utenfor versjonens periode.',
  summary:
    'Tiltak: {added, plural, one {# nytt} other {# nye}}, {removed} fjernet, {finished, plural, =0 {} other {# avsluttet, }}{changed} endret. ' +
    'Økonomiplanlinjer: {linesAdded, plural, one {# ny} other {# nye}}, {linesRemoved} fjernet, {linesChanged} endret.',
  summaryLinesNotCompared:
    'Tiltak: {added, plural, one {# nytt} other {# nye}}, {removed} fjernet, {finished, plural, =0 {} other {# avsluttet, }}{changed} endret. ' +
    'Økonomiplanlinjer: ikke sammenlignet.',
  nothing: 'Ingen endringer.',
  none: 'Ingen.',
  measures: 'Tiltak',
  added: 'Nye tiltak',
  removed: 'Fjernede tiltak',
  finished: 'Avsluttede engangstiltak (ingen kostnad i den nye perioden)',
  finishedNote:
    'Engangstiltak med alle kostnadene i år før den nyere versjonens periode: de er gjennomført, ikke tatt ut av planen, og endrer ingen sum i årene begge versjonene har.',
  changed: 'Endrede tiltak',
  totals: 'Summer per år',
  operating: 'Driftskostnad',
  newMoney: g.newMoney,
  investment: 'Investering',
  byFrame: g.frameTotal,
  framesUnchanged: 'Uendret i årene begge versjonene har: {frames}.',
  duplicateIdOld: 'ID {id} står på {count} rader i den eldre versjonen ({cells}), men en ID skal bare brukes én gang.',
  duplicateIdNew: 'ID {id} står på {count} rader i den nyere versjonen ({cells}), men en ID skal bare brukes én gang.',
  duplicateRowsOld:
    '{rows} i den eldre versjonen er ikke sammenlignet med noe tiltak i den nyere og står ikke blant de fjernede tiltakene, men teller i den eldre versjonens summer per år, slik kontrollen teller alle rader med status Beregnet, også rader med feil.',
  duplicateRowsNew:
    '{rows} i den nyere versjonen er ikke sammenlignet med noe tiltak i den eldre og står ikke blant de nye tiltakene, men teller i den nyere versjonens summer per år, slik kontrollen teller alle rader med status Beregnet, også rader med feil. Gi hver rad sin egen ID; kontrollen foreslår en ledig.',
  duplicateSameTextNew:
    '{cell} har samme tiltakstekst som det fjernede tiltaket {id}: fikk {id} ID-en {typed} ved en feil, skriv {id} tilbake i {cell}, så sammenlignes de.',
  duplicateSameTextOld:
    '{cell} har samme tiltakstekst som det nye tiltaket {id}: kanskje samme tiltak, som nå har fått sin egen ID.',
  textOnRowNew: 'teksten står nå i {cell} med ID {id}, som står på flere rader',
  textOnRowOld: 'teksten stod i den eldre versjonen i {cell} med ID {id}, som stod på flere rader',
  duplicateRow: '{cell} «{measure}»',
  duplicates: 'Samme ID på flere rader, ikke sammenlignet',
  duplicatesInNew: 'I den nyere versjonen:',
  duplicatesInOld: 'I den eldre versjonen:',
  economyPlan: 'Økonomiplanen',
  linesAdded: 'Nye linjer',
  linesRemoved: 'Fjernede linjer',
  linesChanged: 'Endrede linjer',
  id: 'ID',
  table: 'Tabell',
  tableOperating: 'Drift',
  tableInvestment: 'Investering',
  section: g.section,
  priority: 'Pri.',
  measure: g.measure,
  status: 'Status',
  field: 'Felt',
  before: 'Før',
  after: 'Nå',
  difference: 'Endring',
  rounding: 'Herav avrunding',
  year: g.year,
  frame: g.frame,
  line: 'Linje',
  empty: g.empty,
  noFrame: g.noFrame,
  // The pane.
  tab: g.changes,
  compareWith: 'Sammenlign med',
  noVersions: `Arbeidsboken har ingen lagrede versjoner. Lagre en under ${g.structure}, eller åpne en annen fil.`,
  chooseVersion: 'Velg en versjon …',
  versionOption: '{label} ({sheet}, {date})',
  otherFile: 'Annen fil: {file}',
  openOther: 'Åpne en annen fil å sammenligne med',
  openOtherFailed: 'Filen «{file}» kunne ikke leses som en Excel-arbeidsbok (.xlsx). Velg en annen fil.',
  notAVersion: '«{sheet}» er ikke en lagret versjon. Velg en annen versjon.',
  goToMeasure: 'Gå til {id} i arbeidsboken',
  chartTitle: 'Endring i nye midler per år',
  chartDescription: 'Stolpediagram: endringen i nye midler per år som finnes i begge versjoner.',
  downloadHtml: 'Last ned endringsrapport (HTML)',
  saveVersion: g.saveVersion,
  saveVersionIntro:
    'Tar vare på tiltakstabellene og økonomiplanen som de er nå, på et skjult ark, så du senere kan se hva som er endret.',
  versionLabel: 'Navn på versjonen',
  versionRefused:
    'Årskolonnene eller innstillingene stemmer ikke med planperioden (se Kontroll): rett dem før du lagrer en versjon, ellers mangler versjonen beløpene for noen år.',
  versionRefusedTable:
    'En av planens tabeller ble ikke funnet (se Kontroll): rett det før du lagrer en versjon, ellers mangler versjonen tiltakene eller linjene i den.',
  versionRefusedSettings:
    'Innstillingene ble ikke funnet (se Kontroll): rett det før du lagrer en versjon, ellers får versjonen en gjettet planperiode og beløpsenhet.',
  versionLabelHint: 'For eksempel «Vedtatt K-sak 45/2027»',
  versionSaved: 'Versjonen er lagret på arket «{sheet}».',
  // The command line.
  paneInvalidAmounts:
    '{file}: {count, plural, one {# beløpscelle er} other {# beløpsceller er}} ikke et beløp og teller som 0 i summene per år ({cells}). I listen over endringer står en tekst (som «?») slik den er skrevet, alt annet som 0. Se Kontroll for hvorfor.',
  cliInvalidAmounts:
    '{file}: {count, plural, one {# beløpscelle er} other {# beløpsceller er}} ikke et beløp og teller som 0 i summene per år ({cells}). I listen over endringer står en tekst (som «?») slik den er skrevet, alt annet som 0. Kjør «tiltaksplan check {fileArg}» for å se hvorfor.',
  versionInvalidAmounts:
    '{file}: {count, plural, one {# beløpscelle} other {# beløpsceller}} i den lagrede versjonen er ikke et beløp og teller som 0 i summene per år ({cells}). I listen over endringer står en tekst (som «?») slik den er skrevet, alt annet som 0.',
  paneNoSettings:
    '{file}: innstillingene ble ikke funnet ({cells}), så Første planår, Antall planår og Beløpsenhet ville blitt gjettet (neste år, 4 år, 1000 kr): beløpene kunne blitt lest i feil enhet og årene sammenlignet feil. Sammenligner ikke før det er rettet (se Kontroll).',
  paneTableNotFound:
    '{file}: en tabell eller kolonne som {other} har, ble ikke funnet ({cells}), så hvert tiltak (eller hver økonomiplanlinje) i tabellen ville stått som fjernet eller nytt, eller hver verdi i kolonnen som tømt, og summene flyttet uten at noe er endret. Sammenligner ikke før det er rettet (se Kontroll).',
  paneNoPlan:
    '{file}: finner ingen tiltakstabell (arket «Tiltak drift» eller «Tiltak investering»), så filen er ingen versjon av planen. Velg en arbeidsbok med tiltaksplanen.',
  paneEconomyPlan:
    '{file} er en økonomiplan, ikke en tiltaksplan: den har økonomiplantabellen, men ingen tabell over driftstiltak eller investeringstiltak. Endringer sammenligner to versjoner av samme tiltaksplan. Vil du avstemme planer mot økonomiplanen, bruk «Åpne flere planer».',
  paneRowsBelow:
    '{file}: {count, plural, one {# rad} other {# rader}} rett under en tabell ligger utenfor tabellen og er ikke med i sammenligningen ({cells}). Er det et tiltak eller en linje du har lagt til, står det ikke blant endringene. Se Kontroll for hvordan du tar raden inn i tabellen.',
  cliRowsBelow:
    '{file}: {count, plural, one {# rad} other {# rader}} rett under en tabell ligger utenfor tabellen og er ikke med i sammenligningen ({cells}). Er det et tiltak eller en linje du har lagt til, står det ikke blant endringene. Kjør «tiltaksplan check {fileArg}» for å se hvordan du tar raden inn i tabellen.',
  cliPeriodUnsure:
    '{file}: {message} ({cells}) Sammenligningen bruker planperioden {years}; et år uten egen kolonne er ikke sammenlignet. Kjør «tiltaksplan check {fileArg}».',
  cliOrderPeriod:
    'Er filene gitt i riktig rekkefølge? {old} er gitt som den eldre versjonen, men planperioden der begynner {oldYear}, senere enn i {new} ({newYear}). compare tar den eldre versjonen først: «tiltaksplan compare {newArg} {oldArg}». Sammenligningen er gjort slik filene er gitt: er rekkefølgen feil, står det som er lagt til som fjernet, og en økning som en nedgang.',
  cliOrderDate:
    'Er filene gitt i riktig rekkefølge? {old} er gitt som den eldre versjonen, men de lagrede versjonene sier at den er nyere: {oldDate} mot {newDate} i {new}. compare tar den eldre versjonen først: «tiltaksplan compare {newArg} {oldArg}». Sammenligningen er gjort slik filene er gitt: er rekkefølgen feil, står det som er lagt til som fjernet, og en økning som en nedgang.',
  paneOrderPeriod:
    'Er versjonene i riktig rekkefølge? {old} sammenlignes som den eldre versjonen, men planperioden der begynner {oldYear}, senere enn i {new} ({newYear}). Endringer tar den åpne arbeidsboken som den nyere versjonen: åpne {old} og velg {new} som filen å sammenligne med. Er rekkefølgen feil, står det som er lagt til som fjernet, og en økning som en nedgang.',
  paneOrderDate:
    'Er versjonene i riktig rekkefølge? {old} sammenlignes som den eldre versjonen, men de lagrede versjonene sier at den er nyere: {oldDate} mot {newDate} i {new}. Endringer tar den åpne arbeidsboken som den nyere versjonen: åpne {old} og velg {new} som filen å sammenligne med. Er rekkefølgen feil, står det som er lagt til som fjernet, og en økning som en nedgang.',
  panePeriodUnsure:
    '{file}: {message} ({cells}) Sammenligningen bruker planperioden {years}; et år uten egen kolonne er ikke sammenlignet. Se Kontroll.',
} as const;

export type CompareKey = keyof typeof COMPARE_NB;
