/** Strings of the change report and the pane's Endringer and Lagre versjon, nynorsk: every key written out. */
import { GLOSSARY_NN as g } from './glossary';
import type { CompareKey } from './compare.nb';

export const COMPARE_NN: Record<CompareKey, string> = {
  title: 'Endringar frå {label}',
  older: 'Eldre versjon: {name}, {from}–{to}, {unit}',
  newer: 'Nyare versjon: {name}, {from}–{to}, {unit}',
  amountsIn: 'Beløp i {unit}. Berre tiltak med kostnadsstatus Beregnet tel med i summane.',
  unitChanged: 'Beløpseininga er endra frå {old} til {new}. Beløpa er samanlikna i kroner.',
  unitNotConvertedLarger:
    'Beløpseininga er endra frå {old} til {new}, men beløpa ser ikkje ut til å vere rekna om: {scaled} av {changed} endra beløp er {factor} gonger så store som før. ' +
    'Vart Beløpsenhet endra i Innstillinger utan at beløpa vart rekna om? Då er desse endringane ikkje verkelege: del beløpa i den nyare versjonen på {factor}, eller set Beløpsenhet tilbake til {old}.',
  unitNotConvertedSmaller:
    'Beløpseininga er endra frå {old} til {new}, men beløpa ser ikkje ut til å vere rekna om: {scaled} av {changed} endra beløp er {factor} gonger så små som før. ' +
    'Vart Beløpsenhet endra i Innstillinger utan at beløpa vart rekna om? Då er desse endringane ikkje verkelege: gong beløpa i den nyare versjonen med {factor}, eller set Beløpsenhet tilbake til {old}.',
  settingChanged: '{setting} er endra frå {old} til {new}.',
  settingAmountChanged: '{setting} er endra frå {old} til {new} ({unit}).',
  quoted: '«{text}»',
  yearsCompared: 'År i begge versjonane: {years}.',
  noCommonYears: 'Ingen år finst i begge versjonane, så ingen beløp er samanlikna.',
  yearsOnlyOld: 'Berre i den eldre versjonen: {years}.',
  yearsOnlyNew: 'Berre i den nyare versjonen: {years}.',
  outsidePeriod: '«–» tyder at året er utanfor perioden til versjonen.',
  summary:
    'Tiltak: {added, plural, one {# nytt} other {# nye}}, {removed} fjerna, {finished, plural, =0 {} other {# avslutta, }}{changed} endra. ' +
    'Økonomiplanliner: {linesAdded, plural, one {# ny} other {# nye}}, {linesRemoved} fjerna, {linesChanged} endra.',
  summaryLinesNotCompared:
    'Tiltak: {added, plural, one {# nytt} other {# nye}}, {removed} fjerna, {finished, plural, =0 {} other {# avslutta, }}{changed} endra. ' +
    'Økonomiplanliner: ikkje samanlikna.',
  nothing: 'Ingen endringar.',
  none: 'Ingen.',
  measures: 'Tiltak',
  added: 'Nye tiltak',
  removed: 'Fjerna tiltak',
  finished: 'Avslutta eingongstiltak (ingen kostnad i den nye perioden)',
  finishedNote:
    'Eingongstiltak med alle kostnadene i år før perioden til den nyare versjonen: dei er gjennomførte, ikkje tekne ut av planen, og endrar ingen sum i åra begge versjonane har.',
  changed: 'Endra tiltak',
  totals: 'Summar per år',
  operating: 'Driftskostnad',
  newMoney: g.newMoney,
  investment: 'Investering',
  byFrame: g.frameTotal,
  framesUnchanged: 'Uendra i åra begge versjonane har: {frames}.',
  duplicateIdOld:
    'ID {id} står på {count} rader i den eldre versjonen ({cells}), men ein ID skal berre brukast éin gong.',
  duplicateIdNew:
    'ID {id} står på {count} rader i den nyare versjonen ({cells}), men ein ID skal berre brukast éin gong.',
  duplicateRowsOld:
    '{rows} i den eldre versjonen er ikkje samanlikna med noko tiltak i den nyare og står ikkje blant dei fjerna tiltaka, men tel i summane per år i den eldre versjonen, slik kontrollen tel alle rader med status Beregnet, òg rader med feil.',
  duplicateRowsNew:
    '{rows} i den nyare versjonen er ikkje samanlikna med noko tiltak i den eldre og står ikkje blant dei nye tiltaka, men tel i summane per år i den nyare versjonen, slik kontrollen tel alle rader med status Beregnet, òg rader med feil. Gi kvar rad sin eigen ID; kontrollen føreslår ein ledig.',
  duplicateSameTextNew:
    '{cell} har same tiltakstekst som det fjerna tiltaket {id}: fekk {id} ID-en {typed} ved ein feil, skriv {id} tilbake i {cell}, så blir dei samanlikna.',
  duplicateSameTextOld:
    '{cell} har same tiltakstekst som det nye tiltaket {id}: kanskje same tiltak, som no har fått sin eigen ID.',
  textOnRowNew: 'teksten står no i {cell} med ID {id}, som står på fleire rader',
  textOnRowOld: 'teksten stod i den eldre versjonen i {cell} med ID {id}, som stod på fleire rader',
  duplicateRow: '{cell} «{measure}»',
  duplicates: 'Same ID på fleire rader, ikkje samanlikna',
  duplicatesInNew: 'I den nyare versjonen:',
  duplicatesInOld: 'I den eldre versjonen:',
  economyPlan: 'Økonomiplanen',
  linesAdded: 'Nye liner',
  linesRemoved: 'Fjerna liner',
  linesChanged: 'Endra liner',
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
  after: 'No',
  difference: 'Endring',
  rounding: 'Av dette avrunding',
  year: g.year,
  frame: g.frame,
  line: 'Line',
  empty: g.empty,
  noFrame: g.noFrame,
  tab: g.changes,
  compareWith: 'Samanlikn med',
  noVersions: `Arbeidsboka har ingen lagra versjonar. Lagre ein under ${g.structure}, eller opne ei anna fil.`,
  chooseVersion: 'Vel ein versjon …',
  versionOption: '{label} ({sheet}, {date})',
  otherFile: 'Anna fil: {file}',
  openOther: 'Opne ei anna fil å samanlikne med',
  openOtherFailed: 'Fila «{file}» kunne ikkje lesast som ei Excel-arbeidsbok (.xlsx). Vel ei anna fil.',
  notAVersion: '«{sheet}» er ikkje ein lagra versjon. Vel ein annan versjon.',
  goToMeasure: 'Gå til {id} i arbeidsboka',
  chartTitle: 'Endring i nye midlar per år',
  chartDescription: 'Stolpediagram: endringa i nye midlar per år som finst i begge versjonane.',
  downloadHtml: 'Last ned endringsrapport (HTML)',
  saveVersion: g.saveVersion,
  saveVersionIntro:
    'Tek vare på tiltakstabellane og økonomiplanen slik dei er no, på eit skjult ark, så du seinare kan sjå kva som er endra.',
  versionLabel: 'Namn på versjonen',
  versionRefused:
    'Årskolonnane eller innstillingane stemmer ikkje med planperioden (sjå Kontroll): rett dei før du lagrar ein versjon, elles manglar versjonen beløpa for nokre år.',
  versionRefusedTable:
    'Ein av tabellane i planen vart ikkje funnen (sjå Kontroll): rett det før du lagrar ein versjon, elles manglar versjonen tiltaka eller linene i han.',
  versionRefusedSettings:
    'Innstillingane vart ikkje funne (sjå Kontroll): rett det før du lagrar ein versjon, elles får versjonen ein gissa planperiode og beløpseining.',
  versionLabelHint: 'Til dømes «Vedtatt K-sak 45/2027»',
  versionSaved: 'Versjonen er lagra på arket «{sheet}».',
  paneInvalidAmounts:
    '{file}: {count, plural, one {# beløpscelle er} other {# beløpsceller er}} ikkje eit beløp og tel som 0 i summane per år ({cells}). I lista over endringar står ein tekst (som «?») slik han er skriven, alt anna som 0. Sjå Kontroll for kvifor.',
  cliInvalidAmounts:
    '{file}: {count, plural, one {# beløpscelle er} other {# beløpsceller er}} ikkje eit beløp og tel som 0 i summane per år ({cells}). I lista over endringar står ein tekst (som «?») slik han er skriven, alt anna som 0. Køyr «tiltaksplan check {fileArg}» for å sjå kvifor.',
  versionInvalidAmounts:
    '{file}: {count, plural, one {# beløpscelle} other {# beløpsceller}} i den lagra versjonen er ikkje eit beløp og tel som 0 i summane per år ({cells}). I lista over endringar står ein tekst (som «?») slik han er skriven, alt anna som 0.',
  paneNoSettings:
    '{file}: innstillingane vart ikkje funne ({cells}), så Første planår, Antall planår og Beløpsenhet ville blitt gissa (neste år, 4 år, 1000 kr): beløpa kunne blitt lesne i feil eining og åra samanlikna feil. Samanliknar ikkje før det er retta (sjå Kontroll).',
  paneTableNotFound:
    '{file}: ein tabell eller kolonne som {other} har, vart ikkje funnen ({cells}), så kvart tiltak (eller kvar økonomiplanlinje) i tabellen ville stått som fjerna eller nytt, eller kvar verdi i kolonnen som tømd, og summane flytta utan at noko er endra. Samanliknar ikkje før det er retta (sjå Kontroll).',
  paneNoPlan:
    '{file}: finn ingen tiltakstabell (arket «Tiltak drift» eller «Tiltak investering»), så fila er ingen versjon av planen. Vel ei arbeidsbok med tiltaksplanen.',
  paneEconomyPlan:
    '{file} er ein økonomiplan, ikkje ein tiltaksplan: ho har økonomiplantabellen, men ingen tabell over driftstiltak eller investeringstiltak. Endringar samanliknar to versjonar av same tiltaksplanen. Vil du avstemme planar mot økonomiplanen, bruk «Opne fleire planar».',
  paneRowsBelow:
    '{file}: {count, plural, one {# rad} other {# rader}} rett under ein tabell ligg utanfor tabellen og er ikkje med i samanlikninga ({cells}). Er det eit tiltak eller ei line du har lagt til, står det ikkje blant endringane. Sjå Kontroll for korleis du tek rada inn i tabellen.',
  cliRowsBelow:
    '{file}: {count, plural, one {# rad} other {# rader}} rett under ein tabell ligg utanfor tabellen og er ikkje med i samanlikninga ({cells}). Er det eit tiltak eller ei line du har lagt til, står det ikkje blant endringane. Køyr «tiltaksplan check {fileArg}» for å sjå korleis du tek rada inn i tabellen.',
  cliPeriodUnsure:
    '{file}: {message} ({cells}) Samanlikninga brukar planperioden {years}; eit år utan eigen kolonne er ikkje samanlikna. Køyr «tiltaksplan check {fileArg}».',
  cliOrderPeriod:
    'Er filene gitt i rett rekkjefølgje? {old} er gitt som den eldre versjonen, men planperioden der byrjar {oldYear}, seinare enn i {new} ({newYear}). compare tek den eldre versjonen først: «tiltaksplan compare {newArg} {oldArg}». Samanlikninga er gjord slik filene er gitt: er rekkjefølgja feil, står det som er lagt til som fjerna, og ein auke som ein nedgang.',
  cliOrderDate:
    'Er filene gitt i rett rekkjefølgje? {old} er gitt som den eldre versjonen, men dei lagra versjonane seier at han er nyare: {oldDate} mot {newDate} i {new}. compare tek den eldre versjonen først: «tiltaksplan compare {newArg} {oldArg}». Samanlikninga er gjord slik filene er gitt: er rekkjefølgja feil, står det som er lagt til som fjerna, og ein auke som ein nedgang.',
  paneOrderPeriod:
    'Er versjonane i rett rekkjefølgje? {old} blir samanlikna som den eldre versjonen, men planperioden der byrjar {oldYear}, seinare enn i {new} ({newYear}). Endringar tek den opne arbeidsboka som den nyare versjonen: opne {old} og vel {new} som fila å samanlikne med. Er rekkjefølgja feil, står det som er lagt til som fjerna, og ein auke som ein nedgang.',
  paneOrderDate:
    'Er versjonane i rett rekkjefølgje? {old} blir samanlikna som den eldre versjonen, men dei lagra versjonane seier at han er nyare: {oldDate} mot {newDate} i {new}. Endringar tek den opne arbeidsboka som den nyare versjonen: opne {old} og vel {new} som fila å samanlikne med. Er rekkjefølgja feil, står det som er lagt til som fjerna, og ein auke som ein nedgang.',
  panePeriodUnsure:
    '{file}: {message} ({cells}) Samanlikninga brukar planperioden {years}; eit år utan eigen kolonne er ikkje samanlikna. Sjå Kontroll.',
};
