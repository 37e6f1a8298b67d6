/** Explanations of reconciliation items in bokmål; the keys, which nn and en must all write out. */
import type { ReconciliationClass, ReconciliationCode } from '../domain';

type SubjectCode = Exclude<ReconciliationCode, 'measure-not-in-economy-plan' | 'economy-plan-line-unmatched'>;
export type ReconciliationKey =
  | `subject.${SubjectCode}`
  | `class.${ReconciliationClass}`
  | 'class.within'
  | 'class.unit-suspect.units'
  | 'class.mismatch.empty'
  | 'class.timing.empty'
  | 'class.over.empty'
  | 'class.sign.financing'
  | 'class.sign.expenditure'
  | 'full.measure-not-in-economy-plan'
  | 'full.measure-not-in-economy-plan.no-ref'
  | 'full.measure-not-in-economy-plan.ambiguous'
  | 'full.measure-not-in-economy-plan.project-ambiguous'
  | 'full.measure-not-in-economy-plan.project'
  | 'full.measure-not-in-economy-plan.no-project'
  | 'full.economy-plan-line-unmatched'
  | 'full.economy-plan-line-unmatched.zero'
  | 'full.economy-plan-line-unmatched.zero-years'
  | 'full.economy-plan-line-unmatched.no-amounts'
  | 'full.economy-plan-line-unmatched.no-ref'
  | 'full.economy-plan-line-unmatched.not-costed'
  | 'full.economy-plan-line-unmatched.source'
  | 'full.economy-plan-line-unmatched.no-source'
  | 'full.economy-plan-line-unmatched.shared'
  | 'full.economy-plan-line-unmatched.other-plan'
  | 'full.economy-plan-line-unmatched.frame'
  | 'full.economy-plan-line-unmatched.frame-no-list'
  | 'full.economy-plan-line-unmatched.investment-frame'
  | 'full.economy-plan-line-unmatched.same-ref'
  | 'full.measure-not-in-economy-plan.same-ref'
  | 'full.measure-not-in-economy-plan.project-same-ref'
  | 'row'
  | 'row.file'
  | 'in-file'
  | 'financing-lines'
  | 'financing-lines.no-project'
  | 'note.row-errors'
  | 'note.row-errors.invalid'
  | 'note.frame-from-line'
  | 'note.frameless'
  | 'note.frameless.frames'
  | 'note.frameless.invalid'
  | 'note.frameless.frames-invalid'
  | 'note.lines-only'
  | 'note.invalid-cell'
  | 'note.invalid-cell.file'
  | 'note.line-cells'
  | 'note.project-line-cells'
  | 'note.project-measures'
  | 'note.project-no-tiltak-line'
  | 'note.project-financing-cells'
  | 'note.frame-line-cells'
  | 'note.frame-tiltak-cells'
  | 'note.near-miss'
  | 'note.same-ref-line'
  | 'note.same-ref-line.part'
  | 'note.same-ref-line.type'
  | 'note.same-ref-line.type-empty'
  | 'note.same-ref-line.both'
  | 'note.missing-line-plan'
  | 'note.missing-line-no-name'
  | 'note.ambiguous-line'
  | 'note.ambiguous-plan'
  | 'note.ambiguous-no-name'
  | 'note.financing-not-compared'
  | 'class.over'
  | 'class.over-cut'
  | 'note.line-frame-differs'
  | 'note.years-not-read';

export const RECONCILIATION_NB: Record<ReconciliationKey, string> = {
  'subject.measure-new-money': 'Nye midler for {ref}{inYear}',
  'subject.frame-total': 'Nye midler i rammeområde {ref}{inYear}',
  'subject.project-expenditure': 'Utgifter i prosjekt {ref}{inYear}',
  'subject.project-financing': '{source} i prosjekt {ref}',
  'class.match': 'tiltaksplanen og økonomiplanen er i samsvar ({measures}).',
  'class.within': 'tiltakene ({measures}) holder seg innenfor rammen i økonomiplanen ({economyPlan}).',
  'class.rounding': 'avviket {difference} er innenfor toleransen.',
  'class.mismatch':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan} (avvik {difference}). Rett tiltaket eller økonomiplanen{inFile}.',
  'class.timing':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}, men summen for perioden stemmer: beløpet ligger i et annet år. Flytt det til riktig år.',
  'class.mismatch.empty':
    'tiltaksplanen har {measures}, økonomiplanen har ikke noe beløp for {year} (tom celle). Skriv inn beløpet i ' +
    'økonomiplanen, eller rett tiltaket.',
  'class.timing.empty':
    'tiltaksplanen har {measures}, økonomiplanen har ikke noe beløp for {year} (tom celle), men summen for perioden ' +
    'stemmer: beløpet ligger i et annet år. Flytt det til riktig år.',
  'class.over.empty':
    'tiltakene har {measures}, rammen i økonomiplanen har ikke noe beløp for {year} (tom celle): {difference} over ' +
    'rammen. Rammen gjelder hvert år for seg. Skriv inn rammen for {year} i økonomiplanen, eller reduser tiltakene.',
  'class.unit-suspect':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: 1000 ganger forskjell, trolig skrevet i feil enhet. Begge skal være i {unit}.',
  'class.unit-suspect.units':
    'tiltaksplanen har {measures} ({unit}), økonomiplanen {lineAmount} ({lineUnit}): 1000 ganger forskjell, trolig skrevet i feil enhet. ' +
    'Beløpene i tiltaksplanen skal være i {unit}, linjene i økonomiplanen i {lineUnit}.',
  'class.sign':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: motsatt fortegn. En innsparing skal være negativ begge steder.',
  'class.sign.financing':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: motsatt fortegn. Finansieringen føres med samme fortegn ' +
    'begge steder, som i finansieringskolonnene i Tiltak investering (penger inn er positive), også på Finansiering-linjene.',
  'class.sign.expenditure':
    'tiltaksplanen har {measures}, økonomiplanen {economyPlan}: motsatt fortegn. Utgiftene i prosjektet føres med samme ' +
    'fortegn begge steder (en utgift er positiv), også på Tiltak-linjen i økonomiplanen.',
  'class.not-costed':
    'tiltaket har ikke status Beregnet og er holdt utenfor sammenligningen. Sett status Beregnet når kostnaden er regnet ut.',
  'full.measure-not-in-economy-plan':
    '{ref} har nye midler i tiltaksplanen ({perYear}; {measures} i alt){planUnit}, men ingen linje i økonomiplanen. ' +
    'Legg inn en linje{inFile} med Del Drift, Linjetype Tiltak og Ref {line}, med {amounts} i kolonnene {years} (beløp i {unit}).',
  'full.measure-not-in-economy-plan.ambiguous':
    '{ref} har nye midler i tiltaksplanen ({perYear}; {measures} i alt){planUnit}. Økonomiplanlinjen {lineRef} ({cell}) viser til ' +
    'tiltaket, men passer også til et tiltak i en annen plan, så den er ikke regnet til noen av dem (se den samlede ' +
    'avstemmingen).',
  'full.measure-not-in-economy-plan.project-ambiguous':
    '{ref} har utgifter i tiltaksplanen ({perYear}; {measures} i alt){planUnit}. Økonomiplanlinjen {lineRef} ({cell}) gjelder ' +
    'prosjektet, men passer også til et tiltak i en annen plan, så den er ikke regnet til noen av dem (se den samlede ' +
    'avstemmingen).',
  'full.measure-not-in-economy-plan.no-ref':
    'Tiltaket i {row} har nye midler i tiltaksplanen ({perYear}; {measures} i alt){planUnit}, men verken ID eller Ref, så ' +
    'ingen linje i økonomiplanen kan vise til det. Gi tiltaket en ID, og legg så inn en linje{inFile} med Del Drift, Linjetype Tiltak ' +
    'og den ID-en som Ref, med {amounts} i kolonnene {years} (beløp i {unit}).',
  'full.measure-not-in-economy-plan.project':
    '{ref} har utgifter i tiltaksplanen ({perYear}; {measures} i alt){planUnit}, men ingen linje i økonomiplanen. Legg inn ' +
    'en linje{inFile} med Del Investering, Linjetype Tiltak og Ref {line}, med {amounts} i kolonnene {years} (beløp i {unit}).{financingLines}',
  'full.measure-not-in-economy-plan.no-project':
    '{ref} har utgifter i tiltaksplanen ({perYear}; {measures} i alt){planUnit}, men verken prosjektnummer eller linje i ' +
    'økonomiplanen. Skriv prosjektnummeret i Prosjektnr, og legg så inn en linje{inFile} med Del Investering, Linjetype ' +
    'Tiltak og prosjektnummeret som Ref, med {amounts} i kolonnene {years} (beløp i {unit}).{financingLines}',
  'full.economy-plan-line-unmatched':
    'Økonomiplanlinjen {ref}{inYear} ({economyPlan}) svarer ikke til noe tiltak eller prosjekt. Kontroller Ref på linjen.',
  'full.economy-plan-line-unmatched.zero':
    'Økonomiplanlinjen {ref}{inYear} ({economyPlan}) svarer ikke til noe tiltak eller prosjekt. Linjen er 0 i alle år: ' +
    'gjaldt den et tiltak som er avsluttet, kan den slettes. Ellers kontroller Ref på linjen.',
  'full.economy-plan-line-unmatched.zero-years':
    'Økonomiplanlinjen {ref}{inYear} ({economyPlan}) svarer ikke til noe tiltak eller prosjekt. Linjen er 0 i ' +
    '{amountYears}, og de andre årene er tomme: gjaldt den et tiltak som er avsluttet, kan den slettes. Ellers ' +
    'kontroller Ref på linjen.',
  'full.economy-plan-line-unmatched.no-amounts':
    'Økonomiplanlinjen {ref}{inYear} har ingen beløp og svarer ikke til noe tiltak eller prosjekt. Kontroller Ref på linjen.',
  'full.economy-plan-line-unmatched.no-ref':
    'Økonomiplanlinjen i {row}{inYear} ({economyPlan}) har ingen Ref og kan ikke kobles til noe tiltak eller prosjekt. ' +
    'Skriv tiltakets ID eller prosjektnummeret i Ref.',
  'full.economy-plan-line-unmatched.not-costed':
    'Økonomiplanlinjen {ref}{inYear} ({economyPlan}) viser til et tiltak som ikke har status Beregnet. Beregn tiltaket eller fjern linjen.',
  'full.economy-plan-line-unmatched.source':
    'Finansieringslinjen {ref} ({economyPlan}) gjelder prosjekt {ref}, men Finansieringskilde «{source}» er ingen av ' +
    'kildene {sources}. Skriv en av dem i Finansieringskilde.',
  'full.economy-plan-line-unmatched.no-source':
    'Finansieringslinjen {ref} ({economyPlan}) gjelder prosjekt {ref}, men har ingen Finansieringskilde. Skriv en av ' +
    'kildene {sources} i Finansieringskilde.',
  'full.economy-plan-line-unmatched.shared':
    'Økonomiplanlinjen {ref} ({economyPlan}) kan ikke kobles til ett tiltak: {ids} har {count, plural, =2 {begge Ref.} other {alle Ref.}} {ref}. ' +
    'Skriv tiltakets ID i Ref, med én linje per tiltak.',
  'full.economy-plan-line-unmatched.other-plan':
    'Økonomiplanlinjen {ref} ({economyPlan}) har «{plan}» i kolonnen Plan ({cell}), ikke denne planens Plannavn ' +
    '«{own}»: linjen hører til en annen plan og er ikke avstemt mot tiltakene her eller regnet med i rammeområdene. ' +
    'Hører linjen til denne planen, rett Plan på linjen; ellers avstemmes den i en samlet avstemming av planene mot ' +
    'økonomiplanen.',
  'full.economy-plan-line-unmatched.frame':
    'Rammelinjen i {cell} ({economyPlan}) har rammeområde «{frame}», som verken finnes i listen over rammeområder ' +
    '({codes}) eller på noe tiltak, så den er ikke sammenlignet med tiltakene i noe rammeområde. Skriv en av kodene ' +
    'i Rammeområde.',
  'full.economy-plan-line-unmatched.investment-frame':
    'Rammelinjen i {cell} ({economyPlan}) har Del Investering, men Linjetype Ramme gjelder bare drift (nye midler til ' +
    'et rammeområde), så linjen er ikke regnet med i noen ramme. Er den driftsrammen, velg Del Drift; investeringer ' +
    'føres med Linjetype Tiltak, én linje per prosjekt med prosjektnummeret i Ref.',
  'full.economy-plan-line-unmatched.same-ref':
    'Økonomiplanlinjen {ref}{inYear} ({economyPlan}) svarer ikke til noe tiltak eller prosjekt.',
  'full.measure-not-in-economy-plan.same-ref':
    '{ref} har nye midler i tiltaksplanen ({perYear}; {measures} i alt){planUnit}, men linjen i økonomiplanen ({lineCell}) er ikke ' +
    'regnet til tiltaket fordi Del eller Linjetype ikke passer. Rett den linjen i stedet for å legge inn en ny.',
  'full.measure-not-in-economy-plan.project-same-ref':
    '{ref} har utgifter i tiltaksplanen ({perYear}; {measures} i alt){planUnit}, men linjen i økonomiplanen ({lineCell}) er ikke ' +
    'regnet til prosjektet fordi Del eller Linjetype ikke passer. Rett den linjen i stedet for å legge inn en ny.',
  'full.economy-plan-line-unmatched.frame-no-list':
    'Rammelinjen i {cell} ({economyPlan}) har rammeområde «{frame}», som ikke finnes på noe tiltak ({codes}), og ' +
    'listen over rammeområder er tom, så den er ikke sammenlignet med tiltakene i noe rammeområde. Skriv en av ' +
    'kodene i Rammeområde.',
  row: 'rad {row} på arket «{sheet}»',
  // A consolidation (SPEC §15): a row, and where a line goes, in the economy plan workbook, not the plan's own sheet.
  'row.file': 'rad {row} på arket «{sheet}» i {file}',
  'in-file': ' i {file}',
  // An investment project whose financing is compared (SPEC §10): the Finansiering lines it needs too.
  'financing-lines':
    ' Legg også inn en linje med Del Investering, Linjetype Finansiering og Ref {line} for hver finansieringskilde, med kilden i Finansieringskilde og beløpene fordelt på årene, til sammen: {financing}.',
  'financing-lines.no-project':
    ' Legg også inn en linje med Del Investering, Linjetype Finansiering og prosjektnummeret som Ref for hver finansieringskilde, med kilden i Finansieringskilde og beløpene fordelt på årene, til sammen: {financing}.',
  'note.row-errors':
    'Merk: {ids} har feil i beløp eller summer og er tatt med slik beløpene står. Rett feilen først (se feillisten).',
  'note.row-errors.invalid':
    'Merk: {ids} har feil i beløp eller summer og er tatt med slik beløpene står (et ugyldig beløp som 0). ' +
    'Rett feilen først (se feillisten).',
  'note.frame-from-line':
    'Merk: {ids} har ikke Rammeområde og er regnet med i {ref} fordi {count, plural, one {linjen i} other {linjene i}} ' +
    'økonomiplanen har det rammeområdet. Skriv rammeområdet {count, plural, one {på tiltaket} other {på tiltakene}}.',
  'note.frameless':
    'Merk: Tiltaket har ikke Rammeområde, og økonomiplanen viser ikke til ett rammeområde for det, så de nye ' +
    'midlene er ikke regnet med i noe rammeområde. Velg rammeområdet på tiltaket.',
  'note.frameless.frames':
    'Merk: Tiltaket har ikke Rammeområde, og linjene i økonomiplanen har ulike rammeområder ({frames}), så de nye ' +
    'midlene er ikke regnet med i noe av dem (hver linje er regnet med i sitt). Velg rammeområdet på tiltaket, og ' +
    'gi linjene det samme.',
  'note.frameless.invalid':
    'Merk: Tiltaket har ikke Rammeområde, og linjen i økonomiplanen har «{frame}», som ikke er et rammeområde i ' +
    'listen, så de nye midlene er ikke regnet med i noe rammeområde. Velg rammeområdet på tiltaket, og rett koden ' +
    'på linjen.',
  'note.frameless.frames-invalid':
    'Merk: Tiltaket har ikke Rammeområde, og linjene i økonomiplanen har {frames} og «{frame}», som ikke er et ' +
    'rammeområde i listen, så de nye midlene er ikke regnet med i noe rammeområde (hver linje er regnet med i sitt). ' +
    'Velg rammeområdet på tiltaket, rett koden på linjen og gi linjene det samme.',
  'note.lines-only':
    'Merk: En linje i økonomiplanen for {ids} har dette rammeområdet, men {count, plural, one {tiltaket har} ' +
    'other {tiltakene har}} ikke Rammeområde, og linjene viser ikke til ett rammeområde i listen, så de nye midlene ' +
    'er ikke regnet med her eller i noe annet rammeområde. Velg rammeområdet {count, plural, one {på tiltaket} ' +
    'other {på tiltakene}}.',
  'note.invalid-cell': 'Merk: Ugyldig beløp i {cells}, regnet som 0. Rett det (se feillisten).',
  // In a consolidation (SPEC §15) the cell's finding is among the economy plan workbook's, not the plan's.
  'note.invalid-cell.file':
    'Merk: Ugyldig beløp i {cells}, regnet som 0. Rett det (se «Funn i økonomiplanen» i den samlede avstemmingen).',
  'note.line-cells': 'Økonomiplanen har {count} linjer for tiltaket, lagt sammen: {cells}.',
  'note.project-no-tiltak-line':
    'Økonomiplanen har ingen Tiltak-linje for prosjektet {ref}, bare Finansiering-linjer: legg inn en linje med Del ' +
    'Investering, Linjetype Tiltak og Ref {ref} med utgiftene per år.',
  'note.project-measures': 'Prosjekt {ref} har {count} tiltak i Tiltak investering, lagt sammen: {ids}.',
  'note.project-line-cells': 'Økonomiplanen har {count} Tiltak-linjer for prosjektet {ref}, lagt sammen: {cells}.',
  'note.project-financing-cells':
    'Økonomiplanen har {count} Finansiering-linjer med {source} for prosjektet {ref}, lagt sammen: {cells}.',
  'note.frame-line-cells': 'Økonomiplanen har {count} rammelinjer for {ref}, lagt sammen: {cells}.',
  'note.frame-tiltak-cells':
    '{ref} har ingen rammelinje i økonomiplanen, så tiltakene er sammenlignet med summen av {count} Tiltak-linjer: {cells}.',
  'note.near-miss':
    'Økonomiplanlinjen {line} ({cell}) ser ut til å gjelde {measure} — rett Ref på linjen til {measure}.',
  'note.same-ref-line':
    'Økonomiplanlinjen {line} ({cell}) har Ref-en til {measure}, men Del eller Linjetype passer ikke: linjen til ' +
    '{measure} skal ha Del {needs} og Linjetype Tiltak. Rett Del og Linjetype på linjen.',
  'note.same-ref-line.part':
    'Økonomiplanlinjen {line} ({cell}) har Ref-en til {measure}, men Del er «{part}»: linjen til {measure} skal ha ' +
    'Del {needs}. Rett Del på linjen; Ref-en er riktig.',
  'note.same-ref-line.type':
    'Økonomiplanlinjen {line} ({cell}) har Ref-en til {measure}, men Linjetype er «{lineType}»: linjen til {measure} ' +
    'skal ha Linjetype Tiltak. Rett Linjetype på linjen; Ref-en er riktig.',
  'note.same-ref-line.type-empty':
    'Økonomiplanlinjen {line} ({cell}) har Ref-en til {measure}, men Linjetype er tom: linjen til {measure} skal ha ' +
    'Linjetype Tiltak. Skriv Tiltak i Linjetype; Ref-en er riktig.',
  'note.same-ref-line.both':
    'Økonomiplanlinjen {line} ({cell}) har Ref-en til {measure}, men både Del og Linjetype er feil: linjen til ' +
    '{measure} skal ha Del {needs} og Linjetype Tiltak. Rett Del og Linjetype på linjen; Ref-en er riktig.',
  'note.missing-line-plan': 'Skriv «{plan}» i kolonnen Plan på linjen, så hører den til denne planen.',
  'note.missing-line-no-name':
    'Planen har ikke Plannavn: gi den et Plannavn i Innstillinger, og skriv det i kolonnen Plan på linjen, så hører den til denne planen.',
  'note.ambiguous-line':
    'Økonomiplanlinjen {lineRef} ({cell}) gjelder prosjektet, men passer også til et tiltak i en annen plan og er ' +
    'ikke regnet med her (se den samlede avstemmingen).',
  'note.ambiguous-plan':
    'Skriv «{plan}» i kolonnen Plan på den linjen, så hører den til denne planen. Legg ikke inn en linje til: da ' +
    'blir beløpet med to ganger i økonomiplanen.',
  'note.ambiguous-no-name':
    'Gi planen et Plannavn i Innstillinger, og skriv det i kolonnen Plan på den linjen. Legg ikke inn en linje til: ' +
    'da blir beløpet med to ganger i økonomiplanen.',
  'note.financing-not-compared':
    '{count, plural, one {Finansieringen av prosjekt {projects} er ikke avstemt} other {Finansieringen av prosjektene {projects} er ikke avstemt}}: ' +
    'beløp i Tidligere bevilget eller Etter perioden er med i finansieringen, men ikke i økonomiplanens finansieringslinjer, som bare gjelder planårene. ' +
    'Linjene er derfor ikke sammenlignet med noe; kontroller den finansieringen for hånd.',
  'class.over':
    'tiltakene har {measures}, rammen i økonomiplanen er {economyPlan}: {difference} over rammen. Rammen gjelder ' +
    'hvert år for seg. Reduser tiltakene, eller øk rammen i økonomiplanen{inFile}.',
  'class.over-cut':
    'tiltakene har {measures}, rammen i økonomiplanen er {economyPlan}, et innsparingskrav: tiltakene er ' +
    '{difference} over rammen. Tiltakene i rammeområdet må til sammen spare minst så mye. Finn innsparinger, eller ' +
    'rett rammen i økonomiplanen{inFile}.',
  'note.line-frame-differs':
    'Merk: Linjen til {measure} i økonomiplanen har rammeområde {lineFrame} ({lineCell}), men tiltaket har ' +
    '{measureFrame} ({measureCell}). Tiltakets nye midler er regnet i {measureFrame}, linjen i {lineFrame}. Rett ' +
    'rammeområdet der det er feil.',
  'note.years-not-read':
    '{years} er ikke lest fordi årsoverskriftene i tabellen ikke stemmer med planperioden (se funnet om årskolonnene): ' +
    'beløpene over gjelder årene som er lest. Beløpet for {years} avstemmes når overskriftene stemmer.',
};
