/**
 * The change report's wording (text and HTML, SPEC §14) for what it lists apart — renumberings, the roll's
 * bookings, amounts in years only one version holds (of measures and of economy plan lines) — and for rounding
 * between units, beyond compare.nb/nn/en.ts: bokmål / nynorsk / English. The pane's Endringer view says the same in the same words; it loads them in its own chunk, not the pane's main bundle.
 */
import { makeTranslator } from './translate';

const nb = {
  renumberedSummary:
    '{renumbered} av de {changed} endrede tiltakene har bare fått nytt prioritetsnummer{also}: seksjonen er nummerert på nytt, rekkefølgen er den samme. {renumbered, plural, one {Det står} other {De står}} for seg etter de andre endringene.',
  renumberedAlsoSome:
    ', utenom at {count, plural, one {ett av dem} other {# av dem}} også har beløp i år bare den ene versjonen har',
  renumberedAlsoAll:
    ', utenom at {count, plural, one {det også har} other {de også har}} beløp i år bare den ene versjonen har',
  renumbered:
    '{alsoOneSided, plural, =0 {Bare nytt prioritetsnummer} other {Nytt prioritetsnummer}} (seksjonen nummerert på nytt)',
  renumberedNote:
    'Prioriteten er det eneste som er endret{alsoOneSided, plural, =0 {} one {, utenom beløp i år bare den ene versjonen har for ett av tiltakene (beløpene står under «Beløp i år bare den ene versjonen har»)} other {, utenom beløp i år bare den ene versjonen har for # av tiltakene (beløpene står under «Beløp i år bare den ene versjonen har»)}}, og tiltakene i seksjonen står i samme rekkefølge som før (for eksempel fordi et tiltak gikk ut av seksjonen eller et nytt kom inn foran): nummeret er nytt, ikke rangeringen.',
  changedOnlyRenumbered: 'Ingen, utenom de som står for seg nedenfor.',
  carriedSummary:
    '{count, plural, one {# investering} other {# investeringer}} har bare fått utgiften i årene som gikk ut av perioden ({years}) lagt til «Tidligere bevilget», slik en rullering gjør. {count, plural, one {Den står} other {De står}} for seg etter de andre endringene.',
  carried: 'Bare utgiften fra årene som gikk ut, lagt til «Tidligere bevilget»',
  carriedNote:
    '«Tidligere bevilget» har økt med nøyaktig investeringens utgift i årene som ikke lenger er i perioden, og ingenting annet er endret: pengene er de samme, nå bokført som bevilget før perioden. Den utgiften står også under «Beløp i år bare den ene versjonen har», med «–» i den nyere versjonen.',
  oneSidedSummary:
    '{count, plural, one {Ett tiltak har} other {# tiltak har}} beløp i år bare den ene versjonen har ({years}). {count, plural, one {Det står} other {De står}} for seg etter de andre endringene.',
  oneSided: 'Beløp i år bare den ene versjonen har',
  linesOneSidedSummary:
    '{count, plural, one {Én økonomiplanlinje har} other {# økonomiplanlinjer har}} beløp i år bare den ene versjonen har ({years}). {count, plural, one {Den står} other {De står}} for seg etter de andre endrede linjene.',
  linesOneSided: 'Økonomiplanlinjer: beløp i år bare den ene versjonen har',
  oneSidedNote:
    'Året er bare i den ene versjonens periode (en rullering tar ut det første året og legger til et nytt), så beløpet er ikke sammenlignet med noe: det står på siden som har året, og «–» på den andre. Tomme celler, 0 og tekst som ikke er et beløp («?», «----») i slike år er ikke med.',
  sameText:
    '{count, plural, one {Et nytt tiltak har} other {# nye tiltak har}} samme tiltakstekst som et fjernet tiltak ({pairs}): kanskje samme tiltak med nytt ID. Tiltak sammenlignes etter ID, så hvert står både blant de nye og de fjernede. Har det samme ID i begge versjonene, vises endringene i det som et endret tiltak.',
  textReplaced:
    '{id} har fått en helt annen tiltakstekst: {old} i den eldre versjonen, {new} i den nyere, uten ett ord felles. Står ID-en nå for et annet tiltak? En ID brukes aldri om igjen: er det et nytt tiltak, gi det en ny ID, så står det gamle som fjernet og det nye som nytt. Tiltak sammenlignes etter ID, så her står {id} som ett endret tiltak.',
  linesNotFoundOld:
    'Økonomiplanlinjene er ikke sammenlignet, for den eldre versjonen ({file}) mangler {what}, som den nyere har. Ingen linje står derfor som ny, fjernet eller endret. Tiltakene og summene er sammenlignet som vanlig.',
  linesNotFoundNew:
    'Økonomiplanlinjene er ikke sammenlignet, for den nyere versjonen ({file}) mangler {what}, som den eldre har. Ingen linje står derfor som ny, fjernet eller endret. Tiltakene og summene er sammenlignet som vanlig.',
  linesTableMissing: 'økonomiplantabellen (arket «Økonomiplan»)',
  linesColumnMissing: 'kolonnen «{column}» i økonomiplantabellen ({cell})',
  linesNotCompared: 'Ikke sammenlignet: se merknaden øverst.',
  unitRounding:
    'Et beløp fra versjonen i {fine} som står avrundet til nærmeste {step} kr i versjonen i {coarse}, er regnet som det samme beløpet, ikke som en endring. Den delen av endringen i en sum per år som bare er denne avrundingen, står under «Herav avrunding».',
  yearsNotReadOld:
    'Årskolonnene i «{sheet}» i den eldre versjonen stemmer ikke med planperioden ({sheet}!{cell}: fant {found}). {years} har ingen kolonne der og er ikke lest, så beløpene for {years} i den tabellen er ikke sammenlignet: de vises som «–», ikke som 0. Rett overskriftene og sammenlign på nytt.',
  yearsNotReadNew:
    'Årskolonnene i «{sheet}» i den nyere versjonen stemmer ikke med planperioden ({sheet}!{cell}: fant {found}). {years} har ingen kolonne der og er ikke lest, så beløpene for {years} i den tabellen er ikke sammenlignet: de vises som «–», ikke som 0. Rett overskriftene og sammenlign på nytt.',
};

export type CompareReportKey = keyof typeof nb;

const nn: Record<CompareReportKey, string> = {
  renumberedSummary:
    '{renumbered} av dei {changed} endra tiltaka har berre fått nytt prioritetsnummer{also}: seksjonen er nummerert på nytt, rekkjefølgja er den same. {renumbered, plural, one {Det står} other {Dei står}} for seg etter dei andre endringane.',
  renumberedAlsoSome:
    ', utanom at {count, plural, one {eitt av dei} other {# av dei}} òg har beløp i år berre den eine versjonen har',
  renumberedAlsoAll:
    ', utanom at {count, plural, one {det òg har} other {dei òg har}} beløp i år berre den eine versjonen har',
  renumbered:
    '{alsoOneSided, plural, =0 {Berre nytt prioritetsnummer} other {Nytt prioritetsnummer}} (seksjonen nummerert på nytt)',
  renumberedNote:
    'Prioriteten er det einaste som er endra{alsoOneSided, plural, =0 {} one {, utanom beløp i år berre den eine versjonen har for eitt av tiltaka (beløpa står under «Beløp i år berre den eine versjonen har»)} other {, utanom beløp i år berre den eine versjonen har for # av tiltaka (beløpa står under «Beløp i år berre den eine versjonen har»)}}, og tiltaka i seksjonen står i same rekkjefølgje som før (til dømes fordi eit tiltak gjekk ut av seksjonen eller eit nytt kom inn framfor): nummeret er nytt, ikkje rangeringa.',
  changedOnlyRenumbered: 'Ingen, utanom dei som står for seg nedanfor.',
  carriedSummary:
    '{count, plural, one {# investering} other {# investeringar}} har berre fått utgifta i åra som gjekk ut av perioden ({years}) lagd til «Tidligere bevilget», slik ei rullering gjer. {count, plural, one {Ho står} other {Dei står}} for seg etter dei andre endringane.',
  carried: 'Berre utgifta frå åra som gjekk ut, lagd til «Tidligere bevilget»',
  carriedNote:
    '«Tidligere bevilget» har auka med nøyaktig utgifta til investeringa i åra som ikkje lenger er i perioden, og ingenting anna er endra: pengane er dei same, no bokførte som løyvde før perioden. Den utgifta står òg under «Beløp i år berre den eine versjonen har», med «–» i den nyare versjonen.',
  oneSidedSummary:
    '{count, plural, one {Eitt tiltak har} other {# tiltak har}} beløp i år berre den eine versjonen har ({years}). {count, plural, one {Det står} other {Dei står}} for seg etter dei andre endringane.',
  oneSided: 'Beløp i år berre den eine versjonen har',
  linesOneSidedSummary:
    '{count, plural, one {Éi økonomiplanline har} other {# økonomiplanliner har}} beløp i år berre den eine versjonen har ({years}). {count, plural, one {Ho står} other {Dei står}} for seg etter dei andre endra linene.',
  linesOneSided: 'Økonomiplanliner: beløp i år berre den eine versjonen har',
  oneSidedNote:
    'Året er berre i perioden til den eine versjonen (ei rullering tek ut det første året og legg til eit nytt), så beløpet er ikkje samanlikna med noko: det står på sida som har året, og «–» på den andre. Tomme celler, 0 og tekst som ikkje er eit beløp («?», «----») i slike år er ikkje med.',
  sameText:
    '{count, plural, one {Eitt nytt tiltak har} other {# nye tiltak har}} same tiltakstekst som eit fjerna tiltak ({pairs}): kanskje same tiltak med ny ID. Tiltak blir samanlikna etter ID, så kvart står både blant dei nye og dei fjerna. Har det same ID i begge versjonane, blir endringane i det viste som eit endra tiltak.',
  textReplaced:
    '{id} har fått ein heilt annan tiltakstekst: {old} i den eldre versjonen, {new} i den nyare, utan eitt ord felles. Står ID-en no for eit anna tiltak? Ein ID blir aldri brukt om att: er det eit nytt tiltak, gi det ein ny ID, så står det gamle som fjerna og det nye som nytt. Tiltak blir samanlikna etter ID, så her står {id} som eitt endra tiltak.',
  linesNotFoundOld:
    'Økonomiplanlinene er ikkje samanlikna, for den eldre versjonen ({file}) manglar {what}, som den nyare har. Inga line står difor som ny, fjerna eller endra. Tiltaka og summane er samanlikna som vanleg.',
  linesNotFoundNew:
    'Økonomiplanlinene er ikkje samanlikna, for den nyare versjonen ({file}) manglar {what}, som den eldre har. Inga line står difor som ny, fjerna eller endra. Tiltaka og summane er samanlikna som vanleg.',
  linesTableMissing: 'økonomiplantabellen (arket «Økonomiplan»)',
  linesColumnMissing: 'kolonnen «{column}» i økonomiplantabellen ({cell})',
  linesNotCompared: 'Ikkje samanlikna: sjå merknaden øvst.',
  unitRounding:
    'Eit beløp frå versjonen i {fine} som står avrunda til næraste {step} kr i versjonen i {coarse}, er rekna som det same beløpet, ikkje som ei endring. Den delen av endringa i ein sum per år som berre er denne avrundinga, står under «Av dette avrunding».',
  yearsNotReadOld:
    'Årskolonnane i «{sheet}» i den eldre versjonen stemmer ikkje med planperioden ({sheet}!{cell}: fann {found}). {years} har ingen kolonne der og er ikkje lese, så beløpa for {years} i den tabellen er ikkje samanlikna: dei blir viste som «–», ikkje som 0. Rett overskriftene og samanlikn på nytt.',
  yearsNotReadNew:
    'Årskolonnane i «{sheet}» i den nyare versjonen stemmer ikkje med planperioden ({sheet}!{cell}: fann {found}). {years} har ingen kolonne der og er ikkje lese, så beløpa for {years} i den tabellen er ikkje samanlikna: dei blir viste som «–», ikkje som 0. Rett overskriftene og samanlikn på nytt.',
};

const en: Record<CompareReportKey, string> = {
  renumberedSummary:
    '{renumbered} of the {changed} changed measures only got a new priority number{also}: {renumbered, plural, one {its section} other {their section}} was numbered anew, its order is the same. {renumbered, plural, one {It is} other {They are}} listed apart, after the other changes.',
  renumberedAlsoSome:
    ', except that {count, plural, one {one of them also has} other {# of them also have}} amounts in years only one version holds',
  renumberedAlsoAll:
    ', except that {count, plural, one {it also has} other {they also have}} amounts in years only one version holds',
  renumbered:
    '{alsoOneSided, plural, =0 {Only a new priority number} other {A new priority number}} (section numbered anew)',
  renumberedNote:
    'The priority is the only change{alsoOneSided, plural, =0 {} one {, beside amounts in years only one version holds for one of the measures (shown under "Amounts in years only one version holds")} other {, beside amounts in years only one version holds for # of the measures (shown under "Amounts in years only one version holds")}}, and the measures of the section stand in the same order as before (for example because a measure left the section or a new one came in ahead of them): the number is new, not the ranking.',
  changedOnlyRenumbered: 'None, besides those listed apart below.',
  carriedSummary:
    '{count, plural, one {# investment} other {# investments}} only had the expenditure of the years that left the period ({years}) added to "Tidligere bevilget", as a roll does. {count, plural, one {It is} other {They are}} listed apart, after the other changes.',
  carried: 'Only the expenditure of the years that left, added to "Tidligere bevilget"',
  carriedNote:
    '"Tidligere bevilget" grew by exactly the investment\'s expenditure in the years no longer in the period, and nothing else changed: the same money, now booked as granted before the period. That expenditure is also shown under "Amounts in years only one version holds", with "–" in the newer version.',
  oneSidedSummary:
    '{count, plural, one {One measure has} other {# measures have}} amounts in years only one version holds ({years}). {count, plural, one {It is} other {They are}} listed apart, after the other changes.',
  oneSided: 'Amounts in years only one version holds',
  linesOneSidedSummary:
    '{count, plural, one {One economy plan line has} other {# economy plan lines have}} amounts in years only one version holds ({years}). {count, plural, one {It is} other {They are}} listed apart, after the other changed lines.',
  linesOneSided: 'Economy plan lines: amounts in years only one version holds',
  oneSidedNote:
    'The year lies in one version\'s period only (a roll takes out the first year and adds a new one), so the amount is compared with nothing: it stands on the side that holds the year, "–" on the other. Empty cells, 0 and text that is no amount ("?", "----") in such years are left out.',
  sameText:
    '{count, plural, one {One added measure has} other {# added measures have}} the same Tiltak text as a removed one ({pairs}): perhaps the same measure with a new ID. Measures are matched by ID, so each is listed both as added and as removed. With the same ID in both versions, its changes are shown as those of one changed measure.',
  textReplaced:
    '{id} has a wholly different Tiltak text: {old} in the older version, {new} in the newer, without one word in common. Does the ID now name another measure? An ID is never reused: if it is a new measure, give it a new ID, and the old one shows as removed and the new one as added. Measures are matched by ID, so {id} is shown here as one changed measure.',
  linesNotFoundOld:
    'The economy plan lines are not compared, as the older version ({file}) lacks {what}, which the newer one has. So no line is listed as added, removed or changed. The measures and the totals are compared as usual.',
  linesNotFoundNew:
    'The economy plan lines are not compared, as the newer version ({file}) lacks {what}, which the older one has. So no line is listed as added, removed or changed. The measures and the totals are compared as usual.',
  linesTableMissing: 'the economy plan table (sheet "Økonomiplan")',
  linesColumnMissing: 'the column "{column}" of the economy plan table ({cell})',
  linesNotCompared: 'Not compared: see the note at the top.',
  unitRounding:
    'An amount of the version in {fine} that stands rounded to the nearest {step} kr in the version in {coarse} counts as the same amount, not as a change. The part of a change in a total per year that is only this rounding is shown under "Of which rounding".',
  yearsNotReadOld:
    'The year columns of "{sheet}" in the older version do not match the plan period ({sheet}!{cell}: found {found}). There is no column there for {years}, so the amounts of {years} in that table were not read and are not compared: they show as "–", not as 0. Correct the headers and compare again.',
  yearsNotReadNew:
    'The year columns of "{sheet}" in the newer version do not match the plan period ({sheet}!{cell}: found {found}). There is no column there for {years}, so the amounts of {years} in that table were not read and are not compared: they show as "–", not as 0. Correct the headers and compare again.',
};

export const COMPARE_REPORT = { nb, nn, en };

/** A message of the change report in one language, with `{name}` placeholders filled. */
export const reportText = makeTranslator(COMPARE_REPORT);
