/** The import log (`tiltaksplan import`, the Importlogg sheet) in nynorsk. Workbook names stay as the workbook spells them. */
import type { ImportLogKey } from './importLog.nb';

export const IMPORT_LOG_NN: Record<ImportLogKey, string> = {
  'header.number': 'Nr',
  'header.sheet': 'Ark',
  'header.cell': 'Celle',
  'header.decision': 'Avgjerd',
  // What the importer adds to a measure's Kommentar (CommentNote).
  'comment.year-outside': '{year}: {amount} ({unit})',
  'comment.cost-year-no-amount': 'Planlagt år: {year}',
  'comment.cost-year-text': 'År: {text}',
  'comment.amount-unread': '{column}: {text}',
  'comment.other-financing': 'Anna finansiering (Annet): {amount} ({unit})',
  'comment.formula-no-result': '{column}: {formula} (formel utan lagra resultat)',
  'comment.column-unplaced': '{column}: {typed}',
  'comment.column-unlabelled': 'Kolonne {column}: {typed}',
  'comment.id-not-kept': 'ID: {typed}',
  source: 'Importert frå fila «{file}»: ark og celler i denne loggen er i den fila.',
  'no-table': 'Fann ingen gammal tiltakstabell (overskrifter med Prioritet og Tiltak).',
  period: 'Planperioden er {start}–{end} (første planår: {source}).',
  'period.option': 'frå --start',
  'period.header': 'frå første årskolonne i tabellhovudet',
  'period.default': 'standard, ingen årskolonnar funne',
  'kind-investment': 'Tabellen er lesen som investeringstiltak (kolonnen «{column}» finst berre der).',
  'kind-operating': 'Tabellen er lesen som driftstiltak.',
  'column-unknown':
    'Kolonnen «{column}» er ukjend eller høyrer ikkje til denne tabelltypen: kvar utfylt celle i han er lagd i Kommentar for tiltaket.',
  'column-repeated':
    'Kolonnen «{column}» gjentek ein annan kolonne i tabellen: kvar utfylt celle i han er lagd i Kommentar for tiltaket.',
  'column-unplaced-cell':
    'Kolonnen «{column}» har ingen plass i den nye tabellen: «{typed}» er lagd i Kommentar for tiltaket slik det står (ikkje omrekna).',
  'column-unlabelled-cell':
    'Cella står i kolonne {column}, som ikkje har nokon overskrift: «{typed}» er lagd i Kommentar for tiltaket slik det står (ikkje omrekna).',
  'id-not-kept':
    'ID-en «{typed}» er {reason}: ID-en er lagd i Kommentar for tiltaket, og tiltaket har fått den nye ID-en {id}.',
  'id-not-kept.form': 'ikkje på forma {form} som denne tabellen brukar',
  'id-not-kept.duplicate': 'brukt av eit tiltak lenger oppe',
  'id-merged':
    'ID-en «{typed}» står i ei samanslått celle ({range}) og høyrer til tiltaket på rad {row}: dette tiltaket har fått den nye ID-en {id}.',
  'id-new': 'Tiltaket har ingen ID: det har fått den nye ID-en {id}.',
  'column-number-priority':
    'Kolonnen «{column}» → Prioritet: tabellen har ingen kolonne Prioritet, og han står framfor Tiltak.',
  'column-number-ref':
    'Kolonnen «{column}» → Ref.: tabellen har ein kolonne Prioritet, eller ein annan nummerkolonne er Prioritet.',
  'column-mapped': 'Kolonnen «{column}» → {header}.',
  'column-year': 'Kolonnen «{column}» → året {year}.',
  'year-footnote':
    'Årskolonnen «{column}» har fotnotemerket «{marker}» og er lesen som året {year}. Fotnoten ({at}): «{footnote}» – kontroller om han endrar beløpa for {year}.',
  'year-footnote-missing':
    'Årskolonnen «{column}» har fotnotemerket «{marker}» og er lesen som året {year}. Fann ingen fotnote under tabellen – sjekk i den gamle planen om han endrar beløpa for {year}.',
  'footnote-row': 'Rad {row} er ein fotnote til tabellhovudet («{text}») og er ikkje teken med som tiltak.',
  'column-cost-year': 'Kolonnen «{column}» → året kostnaden fell i (År).',
  'column-other-financing': 'Kolonnen «{column}» → Kommentar (ingen kanonisk kolonne).',
  'no-purpose': 'Tabellen har ikkje Formål: sett til «Annet».',
  'no-project': 'Tabellen har ikkje Prosjektnr: fyll det inn for berekna prosjekt.',
  'unit-title':
    'Tabellhovudet oppgir inga eining; tittelen «{title}» over tabellen oppgir {unit}, og ho gjeld kolonnane utan eiga eining.',
  'title-note':
    'Teksten «{typed}» står ved sida av tabelltittelen «{title}»: han høyrer ikkje til noko tiltak og er ikkje lagd inn nokon stad.',
  'units-mixed': 'Tabellhovudet oppgir fleire einingar ({units}); kolonnar utan eiga eining får {unit}.',
  'column-unit': 'Eining for «{column}»: {unit} ({source}).',
  'column-unit-converted': 'Eining for «{column}»: {unit} ({source}); rekna om til {target}.',
  'unit.column': 'oppgitt i kolonneoverskrifta',
  'unit.group': 'oppgitt i gruppeoverskrifta over kolonnen',
  'unit.table': 'oppgitt andre stader i tabellhovudet',
  'unit.title': 'oppgitt i tittelen over tabellen',
  'unit.option': 'frå --unit',
  'unit.assumed': 'inga eining oppgitt; gått ut frå måleininga',
  'number-too-large': 'Talet {value} er for stort til å vere eit beløp; det er flytta til Kommentar.',
  'number-as-text':
    '{column} er eit tal, {typed}: teke inn som teksten «{typed}». Sjekk at det høyrer heime i denne kolonnen.',
  'number-from-text': 'Talet er skrive som tekst, «{typed}»; lese som {number}.',
  'number-with-unit': 'Talet er skrive som tekst med eiga eining, «{typed}»; lese som {number} ({unit}).',
  'number-apostrophe-thousands': 'Talet er skrive «{typed}», med apostrof for tusen; lese som {number} ({unit}).',
  'dot-ambiguous':
    'Kontroller beløpet: teksten «{text}» er lesen som {number} ({unit}), med punktum som tusenskilje. Var punktum meint som desimalteikn, skal beløpet skrivast med komma.',
  'kroner-in-column':
    'Kontroller beløpet: cella oppgir sjølv kroner, «{typed}», men kolonnen er i {unit}; lese som {number} kr, eininga til cella, det vil seie {amount} i {target} i den nye tabellen. Var talet meint i {unit}, rett beløpet i den nye tabellen.',
  'kroner-word-ignored':
    'Kontroller beløpet: cella oppgir kroner, «{typed}», men kolonnen er i {unit}, og eit beløp i kroner har ingen desimalar; lese som {number} i eininga til kolonnen, {unit}.',
  'text-not-amount': 'Teksten «{text}» er ikkje eit beløp; han er flytta til Kommentar.',
  // A logical or an error value (TRUE, #N/A) is no text she typed: named as her Excel shows it (SANN, #I/T).
  'text-not-amount.value': 'Verdien «{text}» er ikkje eit beløp; han er flytta til Kommentar.',
  'formula-no-result':
    'Cella har formelen {formula}, men fila har ikkje lagra resultatet; formelen er flytta til Kommentar. Opne og lagre fila i Excel og importer ho på nytt for å få med beløpet.',
  'text-formula-no-result':
    'Formelen i cella ({column}) er lagra utan resultat, så teksten er ikkje teken med. Opne og lagre fila i Excel, og importer ho på nytt.',
  'year-no-column':
    'Den gamle tabellen har ingen kolonne for {count, plural, one {planåret} other {planåra}} {years}: cellene for {years} er tomme. Fyll inn beløpa (eit varig tiltak har som regel heilårsverknaden).',
  'year-outside': 'År {year} ligg utanfor planperioden; beløpet {amount} er flytta til Kommentar.',
  'cost-year-no-amount': 'År {year} utan beløp: året er notert i Kommentar.',
  'cost-year-empty':
    'Kolonnen År er tom: kostnadsramma ({amount}, i {unit}) er ikkje ført på noko år. Fordel ho på åra, Tidligere bevilget eller Etter perioden.',
  'cost-year-text':
    'Kolonnen År seier «{text}», som ikkje er eitt år: kostnadsramma er ikkje ført på noko år, og teksten er lagd i Kommentar.',
  'cost-year-in': 'Kolonnen År: heile kostnadsramma ({amount}, i {unit}) er ført på året {year}.',
  'cost-year-before': 'Kolonnen År: heile kostnadsramma ({amount}, i {unit}) er ført på Tidligere bevilget.',
  'cost-year-after': 'Kolonnen År: heile kostnadsramma ({amount}, i {unit}) er ført på Etter perioden.',
  'other-financing':
    'Finansieringskolonnen «Annet» har ingen kanonisk kolonne: {amount} ({unit}) er lagd i Kommentar; før beløpet på ei av finansieringskjeldene i tabellen.',
  'period-sum-formula': 'Sum periode blir rekna ut av formelen; verdien er ikkje importert.',
  'one-off': 'Samlet kostnad er 0 eller tom medan åra har beløp: Type Engangs, Helårsvirkning 0.',
  'one-off-total':
    'Samlet kostnad ({amount}, i {unit}) er summen av åra, og kostnaden sluttar i {year}, før siste planår: lese som eit eingongstiltak, Type Engangs, Helårsvirkning 0.',
  'section-row': 'Seksjonsrad «{text}»: seksjon «{section}».',
  'section-row-amounts':
    'Seksjonsrad «{text}» med beløp: seksjon «{section}». Beløpa på rada er ein delsum for seksjonen og er ikkje tekne med som tiltak.',
  'section-row-label':
    'Rada har berre «{text}» i Tiltak-kolonnen, skriven som ei overskrift med kolon, og ingen prioritet, ID eller beløp: lesen som seksjonsrad, seksjon «{section}».',
  'section-unused': '«{text}» har ingen tiltak under seg og er ikkje teken med som seksjon.',
  'priority-not-number': 'Prioritet «{value}» er ikkje eit tal; feltet er tomt.',
  'priority-merged':
    'Prioriteten «{value}» står i ei samanslått celle ({range}) og høyrer til tiltaket på rad {row}: dette tiltaket har inga prioritet. Gi det ein eigen.',
  'ref-split': 'Ref. «{ref}» er skild ut frå tiltaksteksten.',
  'merged-cell': '«{value}» står i ei samanslått celle ({range}) og gjeld òg denne rada.',
  'merged-section':
    '«{value}» står i ei samanslått celle ({range}) som òg dekkjer seksjonsrada «{text}»: rada er ei seksjonsrad, og verdien gjeld berre tiltaksradene.',
  'merged-amount':
    'Beløpet {number} står i ei samanslått celle ({range}) og er teke med éin gong, på rad {row}; denne rada har ikkje noko beløp her.',
  'merged-amount-across':
    'Beløpet {number} står i ei samanslått celle ({range}) over fleire kolonnar og er teke med éin gong, i {at}; denne cella har ikkje noko beløp. Kontroller om beløpet skulle fordelast på kolonnane.',
  'status-typed': 'Kostnadsstatus «{status}» er henta frå tabellen.',
  'status-marker': 'Cella seier «{marker}»: Kostnadsstatus {status}.',
  'status-amounts': 'Beløp er oppgitt: Kostnadsstatus {status}.',
  'status-zero':
    'Berre «----» eller 0 i beløpscellene: Kostnadsstatus Ingen kostnad. «----» kan òg ha meint «ikkje berekna» – kontroller.',
  'status-none': 'Ingen beløp er oppgitt: Kostnadsstatus Ukjent.',
  'total-row-label': 'Rad {row} er ei sumrad («{label}») og er ikkje teken med som tiltak.',
  'total-row-formula': 'Rad {row} er ei sumrad ({formula}) og er ikkje teken med som tiltak.',
  'total-row-sum':
    'Rad {row} («{label}») har prioritet, men beløpa er summen av tiltaka over: ei sumrad, ikkje teken med som tiltak.',
  'total-row-unlabelled':
    'Rad {row} har berre beløp, utan tekst, prioritet, ID eller Ref., og beløpa er summen av tiltaka over: ei sumrad, ikkje teken med som tiltak.',
  'total-label-measure':
    'Rad {row} byrjar som ei sumrad («{label}»), men har eigen prioritet (ID, Ref.) og beløp som ikkje er summen av tiltaka over: lesen som tiltak.',
  'placeholder-row':
    'Rad {row} har berre «----» eller 0, utan tekst, prioritet, ID eller Ref.: ho er ikkje teken med som tiltak.',
  'header-gap':
    'Rad {empty} er tom mellom dei to overskriftsradene i tabellhovudet: rad {row} (årstal og kolonnar under gruppeoverskriftene) er lesen som den andre rada i tabellhovudet, og tiltaka under ho er lesne som radene i tabellen.',
  'hidden-row':
    'Rad {row} er gøymd i arket. Ho er lesen som dei andre radene (eit tiltak på ho er teke med): kontroller om ho høyrer til planen.',
  'no-section': 'Tabellen har inga seksjonsrad før første tiltak: seksjon «Uten seksjon».',
  'wrapped-text':
    'Teksten «{text}» held fram cella over han, på tiltaket på rad {row} (linja har brote over fleire rader): lagd til der, ikkje teken med som eige tiltak eller seksjon.',
  'unread-header':
    'Rad {row} ser ut som overskrifta til ein tiltakstabell («{column}» og kolonnar med beløp), men har ingen kolonne Prioritet eller Nr.: tabellen under ho er ikkje lesen. Set inn ein kolonne Prioritet med nummeret til tiltaka og importer på nytt.',
  'unread-row':
    'Rad {row} står under tabellen, som sluttar på rad {last}, og er ikkje lesen, men ser ut som eit tiltak («{text}») med beløp. Høyrer ho til tabellen, gi ho eit prioritetsnummer og importer på nytt.',
  'unread-row-ranked':
    'Rad {row} står under tabellen, som sluttar på rad {last}, og er ikkje lesen, sjølv om ho har prioritet {priority}, tiltakstekst («{text}») og beløp: tabellen sluttar ved ei tom rad som ikkje blir følgd av eit tiltak. Høyrer rada til tabellen, fjern det som står mellom tabellen og rada (ei tom rad, ein merknad), og importer på nytt.',
  'unread-row-priority':
    'Rad {row} står under tabellen, som sluttar på rad {last}, og er ikkje lesen: ho har prioritet {priority} og beløp, men ingen tiltakstekst. Høyrer ho til tabellen, skriv inn tiltaket og importer på nytt.',
  'empty-row': 'Rad {row} er tom, men tabellen held fram under han: radene under er lesne med.',
  'row-note':
    'Rad {row} er ikkje eit tiltak, men har «{typed}» i denne cella: teksten høyrer ikkje til noko tiltak og er ikkje lagd inn nokon stad. Flytt han dit han høyrer heime.',
  'row-remark-measure':
    'Rada har berre ein merknad, «{typed}» i kolonnen {column}, og står rett under tiltaket på rad {row}: merknaden er lagd i Kommentar til det tiltaket, ikkje lesen som seksjon eller tiltak.',
  'row-note-measure':
    'Rada har ingen tiltakstekst, prioritet eller beløp og står rett under tiltaket på rad {row}: «{typed}» i kolonnen {column} er lagd i Kommentar til det tiltaket.',
};
