/** The import log (`tiltaksplan import`, the Importlogg sheet) in bokmål. Workbook names stay as the workbook spells them. */
export const IMPORT_LOG_NB = {
  'header.number': 'Nr',
  'header.sheet': 'Ark',
  'header.cell': 'Celle',
  'header.decision': 'Beslutning',
  // What the importer adds to a measure's Kommentar (CommentNote).
  'comment.year-outside': '{year}: {amount} ({unit})',
  'comment.cost-year-no-amount': 'Planlagt år: {year}',
  'comment.cost-year-text': 'År: {text}',
  'comment.amount-unread': '{column}: {text}',
  'comment.other-financing': 'Annen finansiering (Annet): {amount} ({unit})',
  'comment.formula-no-result': '{column}: {formula} (formel uten lagret resultat)',
  'comment.column-unplaced': '{column}: {typed}',
  'comment.column-unlabelled': 'Kolonne {column}: {typed}',
  'comment.id-not-kept': 'ID: {typed}',
  source: 'Importert fra filen «{file}»: ark og celler i denne loggen er i den filen.',
  'no-table': 'Fant ingen gammel tiltakstabell (overskrifter med Prioritet og Tiltak).',
  period: 'Planperioden er {start}–{end} (første planår: {source}).',
  'period.option': 'fra --start',
  'period.header': 'fra første årskolonne i tabellhodet',
  'period.default': 'standard, ingen årskolonner funnet',
  'kind-investment': 'Tabellen er lest som investeringstiltak (kolonnen «{column}» finnes bare der).',
  'kind-operating': 'Tabellen er lest som driftstiltak.',
  'column-unknown':
    'Kolonnen «{column}» er ukjent eller hører ikke til denne tabelltypen: hver utfylt celle i den er lagt i tiltakets Kommentar.',
  'column-repeated':
    'Kolonnen «{column}» gjentar en annen kolonne i tabellen: hver utfylt celle i den er lagt i tiltakets Kommentar.',
  'column-unplaced-cell':
    'Kolonnen «{column}» har ingen plass i den nye tabellen: «{typed}» er lagt i tiltakets Kommentar som det står (ikke omregnet).',
  'column-unlabelled-cell':
    'Cellen står i kolonne {column}, som ikke har noen overskrift: «{typed}» er lagt i tiltakets Kommentar som det står (ikke omregnet).',
  'id-not-kept':
    'ID-en «{typed}» er {reason}: den er lagt i tiltakets Kommentar, og tiltaket har fått den nye ID-en {id}.',
  'id-not-kept.form': 'ikke på formen {form} som denne tabellen bruker',
  'id-not-kept.duplicate': 'brukt av et tiltak lenger opp',
  'id-merged':
    'ID-en «{typed}» står i en sammenslått celle ({range}) og hører til tiltaket på rad {row}: dette tiltaket har fått den nye ID-en {id}.',
  'id-new': 'Tiltaket har ingen ID: det har fått den nye ID-en {id}.',
  'column-number-priority':
    'Kolonnen «{column}» → Prioritet: tabellen har ingen kolonne Prioritet, og den står foran Tiltak.',
  'column-number-ref':
    'Kolonnen «{column}» → Ref.: tabellen har en kolonne Prioritet, eller en annen nummerkolonne er Prioritet.',
  'column-mapped': 'Kolonnen «{column}» → {header}.',
  'column-year': 'Kolonnen «{column}» → året {year}.',
  'year-footnote':
    'Årskolonnen «{column}» har fotnotemerket «{marker}» og er lest som året {year}. Fotnoten ({at}): «{footnote}» – kontroller om den endrer beløpene for {year}.',
  'year-footnote-missing':
    'Årskolonnen «{column}» har fotnotemerket «{marker}» og er lest som året {year}. Fant ingen fotnote under tabellen – sjekk i den gamle planen om den endrer beløpene for {year}.',
  'footnote-row': 'Rad {row} er en fotnote til tabellhodet («{text}») og er ikke tatt med som tiltak.',
  'column-cost-year': 'Kolonnen «{column}» → året kostnaden faller i (År).',
  'column-other-financing': 'Kolonnen «{column}» → Kommentar (ingen kanonisk kolonne).',
  'no-purpose': 'Tabellen har ikke Formål: satt til «Annet».',
  'no-project': 'Tabellen har ikke Prosjektnr: fyll det inn for beregnede prosjekter.',
  'unit-title':
    'Tabellhodet oppgir ingen enhet; tittelen «{title}» over tabellen oppgir {unit}, og den gjelder kolonnene uten egen enhet.',
  'title-note':
    'Teksten «{typed}» står ved siden av tabelltittelen «{title}»: den hører ikke til noe tiltak og er ikke lagt inn noe sted.',
  'units-mixed': 'Tabellhodet oppgir flere enheter ({units}); kolonner uten egen enhet får {unit}.',
  'column-unit': 'Enhet for «{column}»: {unit} ({source}).',
  'column-unit-converted': 'Enhet for «{column}»: {unit} ({source}); omregnet til {target}.',
  'unit.column': 'oppgitt i kolonneoverskriften',
  'unit.group': 'oppgitt i gruppeoverskriften over kolonnen',
  'unit.table': 'oppgitt andre steder i tabellhodet',
  'unit.title': 'oppgitt i tittelen over tabellen',
  'unit.option': 'fra --unit',
  'unit.assumed': 'ingen enhet oppgitt; antatt målenheten',
  'number-too-large': 'Tallet {value} er for stort til å være et beløp; det er flyttet til Kommentar.',
  'number-as-text':
    '{column} er et tall, {typed}: tatt inn som teksten «{typed}». Sjekk at det hører hjemme i denne kolonnen.',
  'number-from-text': 'Tallet er skrevet som tekst, «{typed}»; lest som {number}.',
  'number-with-unit': 'Tallet er skrevet som tekst med egen enhet, «{typed}»; lest som {number} ({unit}).',
  'number-apostrophe-thousands': 'Tallet er skrevet «{typed}», med apostrof for tusen; lest som {number} ({unit}).',
  'dot-ambiguous':
    'Kontroller beløpet: teksten «{text}» er lest som {number} ({unit}), med punktum som tusenskille. Var punktum ment som desimaltegn, skal beløpet skrives med komma.',
  'kroner-in-column':
    'Kontroller beløpet: cellen oppgir selv kroner, «{typed}», men kolonnen er i {unit}; lest som {number} kr, cellens enhet, det vil si {amount} i {target} i den nye tabellen. Var tallet ment i {unit}, rett beløpet i den nye tabellen.',
  'kroner-word-ignored':
    'Kontroller beløpet: cellen oppgir kroner, «{typed}», men kolonnen er i {unit}, og et beløp i kroner har ingen desimaler; lest som {number} i kolonnens enhet, {unit}.',
  'text-not-amount': 'Teksten «{text}» er ikke et beløp; den er flyttet til Kommentar.',
  // A logical or an error value (TRUE, #N/A) is no text she typed: named as her Excel shows it (SANN, #I/T).
  'text-not-amount.value': 'Verdien «{text}» er ikke et beløp; den er flyttet til Kommentar.',
  'formula-no-result':
    'Cellen har formelen {formula}, men filen har ikke lagret resultatet; formelen er flyttet til Kommentar. Åpne og lagre filen i Excel og importer den på nytt for å få med beløpet.',
  'text-formula-no-result':
    'Formelen i cellen ({column}) er lagret uten resultat, så teksten er ikke tatt med. Åpne og lagre filen i Excel, og importer den på nytt.',
  'year-no-column':
    'Den gamle tabellen har ingen kolonne for {count, plural, one {planåret} other {planårene}} {years}: cellene for {years} er tomme. Fyll inn beløpene (et varig tiltak har som regel helårsvirkningen).',
  'year-outside': 'År {year} ligger utenfor planperioden; beløpet {amount} er flyttet til Kommentar.',
  'cost-year-no-amount': 'År {year} uten beløp: året er notert i Kommentar.',
  'cost-year-empty':
    'Kolonnen År er tom: kostnadsrammen ({amount}, i {unit}) er ikke ført på noe år. Fordel den på årene, Tidligere bevilget eller Etter perioden.',
  'cost-year-text':
    'Kolonnen År sier «{text}», som ikke er ett år: kostnadsrammen er ikke ført på noe år, og teksten er lagt i Kommentar.',
  'cost-year-in': 'Kolonnen År: hele kostnadsrammen ({amount}, i {unit}) er ført på året {year}.',
  'cost-year-before': 'Kolonnen År: hele kostnadsrammen ({amount}, i {unit}) er ført på Tidligere bevilget.',
  'cost-year-after': 'Kolonnen År: hele kostnadsrammen ({amount}, i {unit}) er ført på Etter perioden.',
  'other-financing':
    'Finansieringskolonnen «Annet» har ingen kanonisk kolonne: {amount} ({unit}) er lagt i Kommentar; før beløpet på en av tabellens finansieringskilder.',
  'period-sum-formula': 'Sum periode beregnes av formelen; verdien er ikke importert.',
  'one-off': 'Samlet kostnad er 0 eller tom mens årene har beløp: Type Engangs, Helårsvirkning 0.',
  'one-off-total':
    'Samlet kostnad ({amount}, i {unit}) er summen av årene, og kostnaden slutter i {year}, før siste planår: lest som et engangstiltak, Type Engangs, Helårsvirkning 0.',
  'section-row': 'Seksjonsrad «{text}»: seksjon «{section}».',
  'section-row-amounts':
    'Seksjonsrad «{text}» med beløp: seksjon «{section}». Beløpene på raden er en delsum for seksjonen og er ikke tatt med som tiltak.',
  'section-row-label':
    'Raden har bare «{text}» i Tiltak-kolonnen, skrevet som en overskrift med kolon, og ingen prioritet, ID eller beløp: lest som seksjonsrad, seksjon «{section}».',
  'section-unused': '«{text}» har ingen tiltak under seg og er ikke tatt med som seksjon.',
  'priority-not-number': 'Prioritet «{value}» er ikke et tall; feltet er tomt.',
  'priority-merged':
    'Prioriteten «{value}» står i en sammenslått celle ({range}) og hører til tiltaket på rad {row}: dette tiltaket har ingen prioritet. Gi det sin egen.',
  'ref-split': 'Ref. «{ref}» er skilt ut fra tiltaksteksten.',
  'merged-cell': '«{value}» står i en sammenslått celle ({range}) og gjelder også denne raden.',
  'merged-section':
    '«{value}» står i en sammenslått celle ({range}) som også dekker seksjonsraden «{text}»: raden er en seksjonsrad, og verdien gjelder bare tiltaksradene.',
  'merged-amount':
    'Beløpet {number} står i en sammenslått celle ({range}) og er tatt med én gang, på rad {row}; denne raden har ikke noe beløp her.',
  'merged-amount-across':
    'Beløpet {number} står i en sammenslått celle ({range}) over flere kolonner og er tatt med én gang, i {at}; denne cellen har ikke noe beløp. Kontroller om beløpet skulle fordeles på kolonnene.',
  'status-typed': 'Kostnadsstatus «{status}» er hentet fra tabellen.',
  'status-marker': 'Cellen sier «{marker}»: Kostnadsstatus {status}.',
  'status-amounts': 'Beløp er oppgitt: Kostnadsstatus {status}.',
  'status-zero':
    'Bare «----» eller 0 i beløpscellene: Kostnadsstatus Ingen kostnad. «----» kan også ha ment «ikke beregnet» – kontroller.',
  'status-none': 'Ingen beløp er oppgitt: Kostnadsstatus Ukjent.',
  'total-row-label': 'Rad {row} er en sumrad («{label}») og er ikke tatt med som tiltak.',
  'total-row-formula': 'Rad {row} er en sumrad ({formula}) og er ikke tatt med som tiltak.',
  'total-row-sum':
    'Rad {row} («{label}») har prioritet, men beløpene er summen av tiltakene over: en sumrad, ikke tatt med som tiltak.',
  'total-row-unlabelled':
    'Rad {row} har bare beløp, uten tekst, prioritet, ID eller Ref., og beløpene er summen av tiltakene over: en sumrad, ikke tatt med som tiltak.',
  'total-label-measure':
    'Rad {row} begynner som en sumrad («{label}»), men har egen prioritet (ID, Ref.) og beløp som ikke er summen av tiltakene over: lest som tiltak.',
  'placeholder-row':
    'Rad {row} har bare «----» eller 0, uten tekst, prioritet, ID eller Ref.: den er ikke tatt med som tiltak.',
  'header-gap':
    'Rad {empty} er tom mellom tabellhodets to overskriftsrader: rad {row} (årstall og kolonner under gruppeoverskriftene) er lest som tabellhodets andre rad, og tiltakene under den er lest som tabellens rader.',
  'hidden-row':
    'Rad {row} er skjult i arket. Den er lest som de andre radene (et tiltak på den er tatt med): kontroller om den hører til planen.',
  'no-section': 'Tabellen har ingen seksjonsrad før første tiltak: seksjon «Uten seksjon».',
  'wrapped-text':
    'Teksten «{text}» fortsetter cellen over den, på tiltaket på rad {row} (linjen har brutt over flere rader): lagt til der, ikke tatt med som eget tiltak eller seksjon.',
  'unread-header':
    'Rad {row} ser ut som overskriften til en tiltakstabell («{column}» og kolonner med beløp), men har ingen kolonne Prioritet eller Nr.: tabellen under den er ikke lest. Sett inn en kolonne Prioritet med tiltakenes nummer og importer på nytt.',
  'unread-row':
    'Rad {row} står under tabellen, som slutter på rad {last}, og er ikke lest, men ser ut som et tiltak («{text}») med beløp. Hører den til tabellen, gi den et prioritetsnummer og importer på nytt.',
  'unread-row-ranked':
    'Rad {row} står under tabellen, som slutter på rad {last}, og er ikke lest, selv om den har prioritet {priority}, tiltakstekst («{text}») og beløp: tabellen slutter ved en tom rad som ikke følges av et tiltak. Hører raden til tabellen, fjern det som står mellom tabellen og raden (en tom rad, en merknad), og importer på nytt.',
  'unread-row-priority':
    'Rad {row} står under tabellen, som slutter på rad {last}, og er ikke lest: den har prioritet {priority} og beløp, men ingen tiltakstekst. Hører den til tabellen, skriv inn tiltaket og importer på nytt.',
  'empty-row': 'Rad {row} er tom, men tabellen fortsetter under den: radene under er lest med.',
  'row-note':
    'Rad {row} er ikke et tiltak, men har «{typed}» i denne cellen: teksten hører ikke til noe tiltak og er ikke lagt inn noe sted. Flytt den dit den hører hjemme.',
  'row-remark-measure':
    'Raden har bare en merknad, «{typed}» i kolonnen {column}, og står rett under tiltaket på rad {row}: merknaden er lagt i det tiltakets Kommentar, ikke lest som seksjon eller tiltak.',
  'row-note-measure':
    'Raden har ingen tiltakstekst, prioritet eller beløp og står rett under tiltaket på rad {row}: «{typed}» i kolonnen {column} er lagt i det tiltakets Kommentar.',
};

export type ImportLogKey = keyof typeof IMPORT_LOG_NB;
