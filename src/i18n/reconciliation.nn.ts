/** Explanations of reconciliation items in nynorsk: every key written out, so no bokmål text shows through. */
import type { ReconciliationKey } from './reconciliation.nb';

export const RECONCILIATION_NN: Record<ReconciliationKey, string> = {
  'subject.measure-new-money': 'Nye midlar for {ref}{inYear}',
  'subject.frame-total': 'Nye midlar i rammeområde {ref}{inYear}',
  'subject.project-expenditure': 'Utgifter i prosjekt {ref}{inYear}',
  'subject.project-financing': '{source} i prosjekt {ref}',
  'class.match': 'tiltaksplanen og økonomiplanen er i samsvar ({measures}).',
  'class.within': 'tiltaka ({measures}) held seg innanfor ramma i økonomiplanen ({economyPlan}).',
  'class.rounding': 'avviket {difference} er innanfor toleransen.',
  'class.mismatch':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan} (avvik {difference}). Rett tiltaket eller økonomiplanen{inFile}.',
  'class.timing':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}, men summen for perioden stemmer: beløpet ligg i eit anna år. Flytt det til rett år.',
  'class.mismatch.empty':
    'tiltaksplanen har {measures}, økonomiplanen har ikkje noko beløp for {year} (tom celle). Skriv inn beløpet i ' +
    'økonomiplanen, eller rett tiltaket.',
  'class.timing.empty':
    'tiltaksplanen har {measures}, økonomiplanen har ikkje noko beløp for {year} (tom celle), men summen for perioden ' +
    'stemmer: beløpet ligg i eit anna år. Flytt det til rett år.',
  'class.over.empty':
    'tiltaka har {measures}, ramma i økonomiplanen har ikkje noko beløp for {year} (tom celle): {difference} over ' +
    'ramma. Ramma gjeld kvart år for seg. Skriv inn ramma for {year} i økonomiplanen, eller reduser tiltaka.',
  'class.unit-suspect':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: 1000 gonger skilnad, truleg skrive i feil eining. Begge skal vere i {unit}.',
  'class.unit-suspect.units':
    'tiltaksplanen har {measures} ({unit}), økonomiplanen {lineAmount} ({lineUnit}): 1000 gonger skilnad, truleg skrive i feil eining. ' +
    'Beløpa i tiltaksplanen skal vere i {unit}, linene i økonomiplanen i {lineUnit}.',
  'class.sign':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: motsett forteikn. Ei innsparing skal vere negativ begge stader.',
  'class.sign.financing':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: motsett forteikn. Finansieringa blir ført med same forteikn ' +
    'begge stader, som i finansieringskolonnane i Tiltak investering (pengar inn er positive), òg på Finansiering-linene.',
  'class.sign.expenditure':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: motsett forteikn. Utgiftene i prosjektet blir førte med same ' +
    'forteikn begge stader (ei utgift er positiv), òg på Tiltak-lina i økonomiplanen.',
  'class.not-costed':
    'tiltaket har ikkje status Beregnet og er halde utanfor samanlikninga. Set status Beregnet når kostnaden er rekna ut.',
  'full.measure-not-in-economy-plan':
    '{ref} har nye midlar i tiltaksplanen ({perYear}; {measures} i alt){planUnit}, men inga line i økonomiplanen. ' +
    'Legg inn ei line{inFile} med Del Drift, Linjetype Tiltak og Ref {line}, med {amounts} i kolonnane {years} (beløp i {unit}).',
  'full.measure-not-in-economy-plan.ambiguous':
    '{ref} har nye midlar i tiltaksplanen ({perYear}; {measures} i alt){planUnit}. Økonomiplanlina {lineRef} ({cell}) viser til ' +
    'tiltaket, men passar òg til eit tiltak i ein annan plan, så ho er ikkje rekna til nokon av dei (sjå den samla ' +
    'avstemminga).',
  'full.measure-not-in-economy-plan.project-ambiguous':
    '{ref} har utgifter i tiltaksplanen ({perYear}; {measures} i alt){planUnit}. Økonomiplanlina {lineRef} ({cell}) gjeld ' +
    'prosjektet, men passar òg til eit tiltak i ein annan plan, så ho er ikkje rekna til nokon av dei (sjå den samla ' +
    'avstemminga).',
  'full.measure-not-in-economy-plan.no-ref':
    'Tiltaket i {row} har nye midlar i tiltaksplanen ({perYear}; {measures} i alt){planUnit}, men verken ID eller Ref, så ' +
    'inga line i økonomiplanen kan vise til det. Gi tiltaket ein ID, og legg så inn ei line{inFile} med Del Drift, Linjetype Tiltak ' +
    'og den ID-en som Ref, med {amounts} i kolonnane {years} (beløp i {unit}).',
  'full.measure-not-in-economy-plan.project':
    '{ref} har utgifter i tiltaksplanen ({perYear}; {measures} i alt){planUnit}, men inga line i økonomiplanen. Legg inn ' +
    'ei line{inFile} med Del Investering, Linjetype Tiltak og Ref {line}, med {amounts} i kolonnane {years} (beløp i {unit}).{financingLines}',
  'full.measure-not-in-economy-plan.no-project':
    '{ref} har utgifter i tiltaksplanen ({perYear}; {measures} i alt){planUnit}, men verken prosjektnummer eller line i ' +
    'økonomiplanen. Skriv prosjektnummeret i Prosjektnr, og legg så inn ei line{inFile} med Del Investering, Linjetype ' +
    'Tiltak og prosjektnummeret som Ref, med {amounts} i kolonnane {years} (beløp i {unit}).{financingLines}',
  'full.economy-plan-line-unmatched':
    'Økonomiplanlina {ref}{inYear} ({economyPlan}) svarar ikkje til noko tiltak eller prosjekt. Kontroller Ref på lina.',
  'full.economy-plan-line-unmatched.same-ref':
    'Økonomiplanlina {ref}{inYear} ({economyPlan}) svarar ikkje til noko tiltak eller prosjekt.',
  'full.economy-plan-line-unmatched.zero':
    'Økonomiplanlina {ref}{inYear} ({economyPlan}) svarar ikkje til noko tiltak eller prosjekt. Lina er 0 i alle år: ' +
    'gjaldt ho eit tiltak som er avslutta, kan ho slettast. Elles kontroller Ref på lina.',
  'full.economy-plan-line-unmatched.zero-years':
    'Økonomiplanlina {ref}{inYear} ({economyPlan}) svarar ikkje til noko tiltak eller prosjekt. Lina er 0 i ' +
    '{amountYears}, og dei andre åra er tomme: gjaldt ho eit tiltak som er avslutta, kan ho slettast. Elles ' +
    'kontroller Ref på lina.',
  'full.economy-plan-line-unmatched.no-amounts':
    'Økonomiplanlina {ref}{inYear} har ingen beløp og svarar ikkje til noko tiltak eller prosjekt. Kontroller Ref på lina.',
  'full.economy-plan-line-unmatched.no-ref':
    'Økonomiplanlina i {row}{inYear} ({economyPlan}) har ingen Ref og kan ikkje koplast til noko tiltak eller prosjekt. ' +
    'Skriv ID-en til tiltaket eller prosjektnummeret i Ref.',
  'full.economy-plan-line-unmatched.not-costed':
    'Økonomiplanlina {ref}{inYear} ({economyPlan}) viser til eit tiltak som ikkje har status Beregnet. Berekn tiltaket eller fjern lina.',
  'full.economy-plan-line-unmatched.source':
    'Finansieringslina {ref} ({economyPlan}) gjeld prosjekt {ref}, men Finansieringskilde «{source}» er ingen av ' +
    'kjeldene {sources}. Skriv ei av dei i Finansieringskilde.',
  'full.economy-plan-line-unmatched.no-source':
    'Finansieringslina {ref} ({economyPlan}) gjeld prosjekt {ref}, men Finansieringskilde er tom. Skriv ei av ' +
    'kjeldene {sources} i Finansieringskilde.',
  'full.economy-plan-line-unmatched.shared':
    'Økonomiplanlina {ref} ({economyPlan}) kan ikkje koplast til eitt tiltak: {ids} har {count, plural, =2 {begge Ref.} other {alle Ref.}} {ref}. ' +
    'Skriv ID-en til tiltaket i Ref, med éi line per tiltak.',
  'full.economy-plan-line-unmatched.other-plan':
    'Økonomiplanlina {ref} ({economyPlan}) har «{plan}» i kolonnen Plan ({cell}), ikkje Plannamnet til denne planen, ' +
    '«{own}»: lina høyrer til ein annan plan og er ikkje avstemt mot tiltaka her eller rekna med i rammeområda. ' +
    'Høyrer lina til denne planen, rett Plan på lina; elles blir ho avstemt i ei samla avstemming av planane mot ' +
    'økonomiplanen.',
  row: 'rad {row} på arket «{sheet}»',
  'row.file': 'rad {row} på arket «{sheet}» i {file}',
  'in-file': ' i {file}',
  // An investment project whose financing is compared (SPEC §10): the Finansiering lines it needs too.
  'financing-lines':
    ' Legg òg inn ei line med Del Investering, Linjetype Finansiering og Ref {line} for kvar finansieringskjelde, med kjelda i Finansieringskilde og beløpa fordelte på åra, til saman: {financing}.',
  'financing-lines.no-project':
    ' Legg òg inn ei line med Del Investering, Linjetype Finansiering og prosjektnummeret som Ref for kvar finansieringskjelde, med kjelda i Finansieringskilde og beløpa fordelte på åra, til saman: {financing}.',
  'full.economy-plan-line-unmatched.frame':
    'Rammelina i {cell} ({economyPlan}) har rammeområde «{frame}», som verken finst i lista over rammeområde ' +
    '({codes}) eller på noko tiltak, så ho er ikkje samanlikna med tiltaka i noko rammeområde. Skriv ein av kodane ' +
    'i Rammeområde.',
  'full.economy-plan-line-unmatched.investment-frame':
    'Rammelina i {cell} ({economyPlan}) har Del Investering, men ei rammeline gjeld berre drift (nye midlar til ' +
    'eit rammeområde), så lina er ikkje rekna med i noka ramme. Er ho driftsramma, vel Del Drift; investeringar ' +
    'blir førte med Linjetype Tiltak, éi line per prosjekt med prosjektnummeret i Ref.',
  'full.measure-not-in-economy-plan.same-ref':
    '{ref} har nye midlar i tiltaksplanen ({perYear}; {measures} i alt){planUnit}, men lina i økonomiplanen ({lineCell}) er ikkje ' +
    'rekna til tiltaket fordi Del eller Linjetype ikkje passar. Rett den lina i staden for å leggje inn ei ny.',
  'full.measure-not-in-economy-plan.project-same-ref':
    '{ref} har utgifter i tiltaksplanen ({perYear}; {measures} i alt){planUnit}, men lina i økonomiplanen ({lineCell}) er ikkje ' +
    'rekna til prosjektet fordi Del eller Linjetype ikkje passar. Rett den lina i staden for å leggje inn ei ny.',
  'full.economy-plan-line-unmatched.frame-no-list':
    'Rammelina i {cell} ({economyPlan}) har rammeområde «{frame}», som ikkje finst på noko tiltak ({codes}), og ' +
    'lista over rammeområde er tom, så ho er ikkje samanlikna med tiltaka i noko rammeområde. Skriv ein av ' +
    'kodane i Rammeområde.',
  'note.frame-from-line':
    'Merk: {ids} har ikkje Rammeområde og er rekna med i {ref} fordi {count, plural, one {lina i} other {linene i}} ' +
    'økonomiplanen har det rammeområdet. Skriv rammeområdet {count, plural, one {på tiltaket} other {på tiltaka}}.',
  'note.frameless':
    'Merk: Tiltaket har ikkje Rammeområde, og økonomiplanen viser ikkje til eitt rammeområde for det, så dei nye ' +
    'midlane er ikkje rekna med i noko rammeområde. Vel rammeområdet på tiltaket.',
  'note.frameless.frames':
    'Merk: Tiltaket har ikkje Rammeområde, og linene i økonomiplanen har ulike rammeområde ({frames}), så dei nye ' +
    'midlane er ikkje rekna med i noko av dei (kvar line er rekna med i sitt). Vel rammeområdet på tiltaket, og ' +
    'gi linene det same.',
  'note.frameless.invalid':
    'Merk: Tiltaket har ikkje Rammeområde, og lina i økonomiplanen har «{frame}», som ikkje er eit rammeområde i ' +
    'lista, så dei nye midlane er ikkje rekna med i noko rammeområde. Vel rammeområdet på tiltaket, og rett koden ' +
    'på lina.',
  'note.frameless.frames-invalid':
    'Merk: Tiltaket har ikkje Rammeområde, og linene i økonomiplanen har {frames} og «{frame}», som ikkje er eit ' +
    'rammeområde i lista, så dei nye midlane er ikkje rekna med i noko rammeområde (kvar line er rekna med i sitt). ' +
    'Vel rammeområdet på tiltaket, rett koden på lina og gi linene det same.',
  'note.lines-only':
    'Merk: Ei line i økonomiplanen for {ids} har dette rammeområdet, men {count, plural, one {tiltaket har} ' +
    'other {tiltaka har}} ikkje Rammeområde, og linene viser ikkje til eitt rammeområde i lista, så dei nye midlane ' +
    'er ikkje rekna med her eller i noko anna rammeområde. Vel rammeområdet {count, plural, one {på tiltaket} ' +
    'other {på tiltaka}}.',
  'note.row-errors':
    'Merk: {ids} har feil i beløp eller summar og er teke med slik beløpa står. Rett feilen først (sjå feillista).',
  'note.row-errors.invalid':
    'Merk: {ids} har feil i beløp eller summar og er teke med slik beløpa står (eit ugyldig beløp som 0). ' +
    'Rett feilen først (sjå feillista).',
  'note.invalid-cell': 'Merk: Ugyldig beløp i {cells}, rekna som 0. Rett det (sjå feillista).',
  'note.invalid-cell.file':
    'Merk: Ugyldig beløp i {cells}, rekna som 0. Rett det (sjå «Funn i økonomiplanen» i den samla avstemminga).',
  'note.line-cells': 'Økonomiplanen har {count} liner for tiltaket, lagde saman: {cells}.',
  'note.project-no-tiltak-line':
    'Økonomiplanen har inga Tiltak-line for prosjektet {ref}, berre Finansiering-liner: legg inn ei line med Del ' +
    'Investering, Linjetype Tiltak og Ref {ref} med utgiftene per år.',
  'note.project-measures': 'I prosjekt {ref} er {count} tiltak i Tiltak investering lagde saman: {ids}.',
  'note.project-line-cells': 'Økonomiplanen har {count} Tiltak-liner for prosjektet {ref}, lagde saman: {cells}.',
  'note.project-financing-cells':
    'Økonomiplanen har {count} Finansiering-liner med {source} for prosjektet {ref}, lagde saman: {cells}.',
  'note.frame-line-cells': 'Økonomiplanen har {count} rammeliner for {ref}, lagde saman: {cells}.',
  'note.frame-tiltak-cells':
    '{ref} har inga rammeline i økonomiplanen, så tiltaka er samanlikna med summen av {count} Tiltak-liner: {cells}.',
  'note.near-miss': 'Økonomiplanlina {line} ({cell}) ser ut til å gjelde {measure} — rett Ref på lina til {measure}.',
  'note.same-ref-line':
    'Økonomiplanlina {line} ({cell}) har Ref-en til {measure}, men Del eller Linjetype passar ikkje: lina til ' +
    '{measure} skal ha Del {needs} og Linjetype Tiltak. Rett Del og Linjetype på lina.',
  'note.same-ref-line.part':
    'Økonomiplanlina {line} ({cell}) har Ref-en til {measure}, men Del er «{part}»: lina til {measure} skal ha Del ' +
    '{needs}. Rett Del på lina; Ref-en er rett.',
  'note.same-ref-line.type':
    'Økonomiplanlina {line} ({cell}) har Ref-en til {measure}, men Linjetype er «{lineType}»: lina til {measure} skal ' +
    'ha Linjetype Tiltak. Rett Linjetype på lina; Ref-en er rett.',
  'note.same-ref-line.type-empty':
    'Økonomiplanlina {line} ({cell}) har Ref-en til {measure}, men Linjetype er tom: lina til {measure} skal ha ' +
    'Linjetype Tiltak. Skriv Tiltak i Linjetype; Ref-en er rett.',
  'note.same-ref-line.both':
    'Økonomiplanlina {line} ({cell}) har Ref-en til {measure}, men både Del og Linjetype er feil: lina til {measure} ' +
    'skal ha Del {needs} og Linjetype Tiltak. Rett Del og Linjetype på lina; Ref-en er rett.',
  'note.missing-line-plan': 'Skriv «{plan}» i kolonnen Plan på lina, så høyrer ho til denne planen.',
  'note.missing-line-no-name':
    'Planen har ikkje Plannavn: gi han eit Plannavn i Innstillinger, og skriv det i kolonnen Plan på lina, så høyrer ho til denne planen.',
  'note.ambiguous-line':
    'Økonomiplanlina {lineRef} ({cell}) gjeld prosjektet, men passar òg til eit tiltak i ein annan plan og er ' +
    'ikkje rekna med her (sjå den samla avstemminga).',
  'note.ambiguous-plan':
    'Skriv «{plan}» i kolonnen Plan på den lina, så høyrer ho til denne planen. Legg ikkje inn ei line til: då ' +
    'kjem beløpet med to gonger i økonomiplanen.',
  'note.ambiguous-no-name':
    'Gi planen eit Plannavn i Innstillinger, og skriv det i kolonnen Plan på den lina. Legg ikkje inn ei line til: ' +
    'då kjem beløpet med to gonger i økonomiplanen.',
  'note.financing-not-compared':
    '{count, plural, one {Finansieringa av prosjekt {projects} er ikkje avstemt} other {Finansieringa av prosjekta {projects} er ikkje avstemt}}: ' +
    'beløp i Tidligere bevilget eller Etter perioden er med i finansieringa, men ikkje i finansieringslinjene i økonomiplanen, som berre gjeld planåra. ' +
    'Linjene er difor ikkje samanlikna med noko; kontroller den finansieringa for hand.',
  'class.over':
    'tiltaka har {measures}, ramma i økonomiplanen er {economyPlan}: {difference} over ramma. Ramma gjeld kvart ' +
    'år for seg. Reduser tiltaka, eller auk ramma i økonomiplanen{inFile}.',
  'class.over-cut':
    'tiltaka har {measures}, ramma i økonomiplanen er {economyPlan}, eit innsparingskrav: tiltaka er ' +
    '{difference} over ramma. Tiltaka i rammeområdet må til saman spare minst så mykje. Finn innsparingar, eller ' +
    'rett ramma i økonomiplanen{inFile}.',
  'note.line-frame-differs':
    'Merk: Lina til {measure} i økonomiplanen har rammeområde {lineFrame} ({lineCell}), men tiltaket har ' +
    '{measureFrame} ({measureCell}). Dei nye midlane til tiltaket er rekna i {measureFrame}, lina i {lineFrame}. ' +
    'Rett rammeområdet der det er feil.',
  'note.years-not-read':
    '{years} er ikkje lese fordi årsoverskriftene i tabellen ikkje stemmer med planperioden (sjå funna): ' +
    'beløpa over gjeld åra som er lesne. Beløpet for {years} blir avstemt når overskriftene stemmer.',
};
