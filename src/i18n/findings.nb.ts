/** Finding messages in bokmål. Amount params arrive formatted in the workbook unit. */
import { GLOSSARY_NB as g } from './glossary';
import type { FindingKey } from './findingKeys';

export const FINDINGS_NB: Record<FindingKey, string> = {
  'sheet-missing': `Fant ikke {table} på arket «{sheet}». Opprett den under ${g.structure} i oppgavepanelet med «${g.showChanges}».`,
  'sheet-missing.sheet-renamed': `Fant ikke {table}: arbeidsboken har ikke noe ark som heter «{sheet}». Har du gitt arket et nytt navn, så gi det navnet «{sheet}» igjen; da finner Tiltaksplan tabellen der. Finnes ikke tabellen lenger, kan du lage den under ${g.structure} i oppgavepanelet med «${g.showChanges}» (et nytt, tomt ark «{sheet}»).`,
  'sheet-missing.table-elsewhere': `Fant ikke {table}: arbeidsboken har ikke noe ark som heter «{sheet}». Er det tabellen «{foundTable}» på arket «{foundSheet}»? Gi i så fall arket navnet «{sheet}» igjen, så finner Tiltaksplan tabellen der. ${g.structure} → «${g.showChanges}» ville lage et nytt, tomt ark «{sheet}» i tillegg.`,
  'column-missing': `Kolonnen «{column}» mangler i tabellen. Legg den til under ${g.structure} i oppgavepanelet med «${g.showChanges}».`,
  'column-missing.header-empty': `Overskriften i denne kolonnen er tom, så kolonnen «{column}» mangler i tabellen. Skriv «{column}» i cellen, eller la ${g.structure} i oppgavepanelet gjøre det med «${g.showChanges}».`,
  'column-missing.header-renamed': `Overskriften «{found}» står der kolonnen «{column}» skal stå, så «{column}» mangler i tabellen. Skriv «{column}» i cellen, eller la ${g.structure} i oppgavepanelet gjøre det med «${g.showChanges}».`,
  'column-missing.looks-like':
    'Kolonnen «{found}» ser ut til å være «{column}»: {misfits, plural, =0 {alle verdiene i den} one {alle verdiene i den unntatt én} other {alle verdiene i den unntatt #}} er gyldige for «{column}». Gi den overskriften «{column}», så leses den.',
  'column-missing.settings-header-empty':
    'Overskriften i denne kolonnen er tom, så kolonnen «{column}» mangler i tabellen. Skriv «{column}» i cellen.',
  'column-missing.settings-header-renamed':
    'Overskriften «{found}» står der kolonnen «{column}» skal stå, så «{column}» mangler i tabellen. Skriv «{column}» i cellen igjen.',
  'column-duplicate': 'Kolonnen «{column}» finnes to ganger. Gi den ene et annet navn eller slett den.',
  'column-duplicate.alias':
    'Kolonnen «{column}» leses som «{header}», som {firstCell} allerede er. Gi den ene et annet navn, eller skriv «{header}» over den som skal leses.',
  'year-columns':
    'Årskolonnene stemmer ikke med planperioden: forventet {expected}, fant {found}. Rett overskriftene eller Første planår / Antall planår. Beløpene per år i tabellen kontrolleres og avstemmes når overskriftene stemmer.',
  'year-columns.none':
    'Årskolonnene stemmer ikke med planperioden: forventet {expected}, fant ingen årskolonner. Rett overskriftene eller Første planår / Antall planår. Beløpene per år i tabellen kontrolleres og avstemmes når overskriftene stemmer.',
  'economy-plan-unused-year-columns':
    'Økonomiplanen i denne filen brukes ikke når planen avstemmes mot en egen økonomiplan, så ingenting her avstemmes. Årskolonnene her stemmer heller ikke med planperioden (forventet {expected}): rett overskriftene hvis tabellen skal brukes igjen.',
  'setting-invalid': 'Innstillingen «{setting}» har en ugyldig verdi «{value}». Rett den på arket Innstillinger.',
  'setting-invalid.missing': `Tabellen på arket Innstillinger har ingen rad for «{setting}». Legg den til under ${g.structure} i oppgavepanelet med «${g.showChanges}», og fyll inn verdien.`,
  'setting-invalid.empty': 'Innstillingen «{setting}» har ingen verdi. Fyll den inn på arket Innstillinger.',
  'setting-invalid.decimal-point':
    'Innstillingen «{setting}» har verdien «{value}», som ikke leses som et tall: punktum skiller bare tusener. Skriv desimalen med komma: «{suggestion}». Rett den på arket Innstillinger.',
  'setting-invalid.unit-typed':
    'Innstillingen «{setting}» har verdien «{value}», som ikke leses som et beløp: beløpene er allerede i {unit}. Skriv bare tallet: {suggestion}. Rett den på arket Innstillinger.',
  'setting-invalid.other-unit':
    'Innstillingen «{setting}» har verdien «{value}», som ikke leses som et beløp: teksten er i {typedUnit}, men planens Beløpsenhet er {unit}. Skriv {suggestion}. Rett den på arket Innstillinger.',
  'setting-invalid.unit':
    'Innstillingen «{setting}» har en ugyldig verdi «{value}». Skriv «kr», «1000 kr» eller «mill kr». Rett den på arket Innstillinger.',
  'setting-duplicate':
    'Innstillingen «{setting}» står på flere rader. Bare raden i {firstCell} leses, så planen bruker «{used}»; verdien på denne raden brukes ikke. Slett raden som ikke skal gjelde.',
  'setting-duplicate.empty':
    'Innstillingen «{setting}» står på flere rader. Bare raden i {firstCell} leses, og den har ingen verdi; verdien på denne raden brukes ikke. Slett raden som ikke skal gjelde.',
  'economy-period-unstated':
    'Planperioden står ikke i økonomiplanen (Første planår og Antall planår på arket Innstillinger), så den er tatt fra planene: {years}. Årskolonnene på arket Økonomiplan er lest for den perioden. Skriv Første planår og Antall planår på arket Innstillinger, så leses perioden fra filen.',
  'economy-period-unstated.columns':
    'Planperioden står ikke i økonomiplanen (Første planår og Antall planår på arket Innstillinger), og årskolonnene på arket Økonomiplan gjelder {years}, ikke planenes periode {planYears}. Økonomiplanen er lest for {years}, slik årskolonnene viser, så planer for {planYears} er ikke avstemt mot den. Skriv riktig Første planår og Antall planår på arket Innstillinger i økonomiplanen, eller bruk økonomiplanen for {planYears}.',
  'economy-period-unstated.start':
    'Første planår står ikke i økonomiplanen (arket Innstillinger), så det er tatt fra planene, med Antall planår slik økonomiplanen oppgir det: {years}. Årskolonnene på arket Økonomiplan er lest for den perioden. Skriv Første planår på arket Innstillinger, så leses perioden fra filen.',
  'economy-period-unstated.start-columns':
    'Første planår står ikke i økonomiplanen (arket Innstillinger), og årskolonnene på arket Økonomiplan begynner med et annet år enn planenes periode {planYears}. Økonomiplanen er lest for {years}, slik årskolonnene og Antall planår viser, så planer for {planYears} er ikke avstemt mot den. Skriv riktig Første planår på arket Innstillinger i økonomiplanen, eller bruk økonomiplanen for {planYears}.',
  'frame-code-missing':
    'Rammeområdet «{name}» i listen over rammeområder har ingen kode, så det kan ikke velges i nedtrekkslisten for Rammeområde, og tiltak og økonomiplanlinjer kan ikke regnes med i det i avstemmingen. Skriv inn koden i denne cellen.',
  'list-empty':
    'Det står ingenting i {list}, så nedtrekkslistene har ingen valg. Fyll inn verdier på arket Innstillinger.',
  'formula-overwritten':
    'Cellen i den beregnede kolonnen «{column}» har en fast verdi ({value}) i stedet for formelen. Slett verdien, så fylles formelen inn igjen.',
  'formula-overwritten.span-other': `Kolonnen «{column}» teller også med {other} i tillegg til årene: årskolonnene står ikke side om side i årsrekkefølge, og {other} står mellom dem. La ${g.structure} i oppgavepanelet gi «{column}» en formel som summerer bare årene, med «${g.showChanges}» (eller flytt {other} ut fra årskolonnene).`,
  'formula-overwritten.span-missing': `Kolonnen «{column}» teller ikke med {years}: årskolonnene står ikke side om side i årsrekkefølge. La ${g.structure} i oppgavepanelet gi «{column}» en formel som summerer alle årene, med «${g.showChanges}» (eller sett årskolonnene side om side i årsrekkefølge igjen).`,
  'formula-overwritten.span-other-missing': `Kolonnen «{column}» teller med {other}, som ikke er år, og teller ikke med {years}: årskolonnene står ikke side om side i årsrekkefølge. La ${g.structure} i oppgavepanelet gi «{column}» en formel som summerer bare årene, med «${g.showChanges}» (eller sett årskolonnene side om side i årsrekkefølge igjen, med andre kolonner utenfor).`,
  'formula-overwritten.span-twice': `Kolonnen «{column}» teller {years} to ganger: årskolonnene står ikke side om side i årsrekkefølge, og formelen summerer områder som overlapper. La ${g.structure} i oppgavepanelet gi «{column}» en formel som summerer hvert år én gang, med «${g.showChanges}».`,
  'economy-plan-year-empty': 'Økonomiplanen har ingen beløp for {year} ennå: {year} avstemmes når tallene er lagt inn.',
  'economy-plan-year-empty.all': 'Økonomiplanen har ingen beløp ennå: {year}–{last} avstemmes når tallene er lagt inn.',
  'table-empty': 'Det er ingen rader i {table} ennå. Skriv eller lim inn radene der når du har dem.',
  'row-below-table': `Rad {row}, rett under {table}, ser ut som en rad i tabellen, men ligger utenfor den: den er ikke med i kontrollen eller i summene. Hører raden til tabellen, så utvid tabellen over den (under ${g.structure} i tillegget, eller Tabellutforming → Endre størrelse på tabell); ellers la en tom rad skille den fra tabellen.`,
  'row-below-table.gap': `Rad {row}, under {table} med tomme rader imellom, har en ID som tabellens tiltak, men ligger utenfor tabellen: den er ikke med i kontrollen eller i summene. Står raden der fra før en rullering, står hvert beløp under året etter sitt (rulleringen nevnte raden): ta den da inn i tabellen i planen du rullet fra og rull på nytt, eller flytt hvert beløp til sitt eget år først. Hører raden til tabellen og står beløpene under riktig år, så slett de tomme radene over den og ta den inn i tabellen (under ${g.structure} i tillegget, eller Tabellutforming → Endre størrelse på tabell); skal den stå utenfor, så flytt den til et annet ark.`,
  'row-below-table.id': `Rad {row}, rett under {table}, har en ID som tabellens tiltak, men ligger utenfor tabellen: den er ikke med i kontrollen eller i summene. Hører raden til tabellen, så utvid tabellen over den (under ${g.structure} i tillegget, eller Tabellutforming → Endre størrelse på tabell); skal den stå utenfor, så flytt den til et annet ark (en rad med tabellens ID leses som et tiltak utenfor tabellen også med tomme rader imellom).`,
  'note-in-table':
    'Rad {row} i {table} har bare én tekst, «{text}» i kolonnen {column} (arket {sheet}, celle {cell}). Det ser ut som en merknad som Excel tok inn i tabellen fordi den ble skrevet i raden rett under. Raden leses derfor ikke som en rad i tabellen: den er ikke med i kontrollen, summene eller avstemmingen. Flytt merknaden under tabellen med en tom rad imellom (eller ut til siden), eller fyll ut resten av raden hvis den skal være med.',
  'economy-plan-line-invalid':
    'Linjetypen «{value}» er ukjent, så linjen er ikke sammenlignet med noe tiltak, prosjekt eller noen ramme: den står som en linje uten treff i avstemmingen. Velg en av: {allowed}.',
  'economy-plan-line-invalid.type-missing':
    'Linjen har beløp, men mangler linjetype, så den er ikke sammenlignet med noe tiltak, prosjekt eller noen ramme: den står som en linje uten treff i avstemmingen. Velg en av: {allowed}.',
  'economy-plan-line-invalid.part-missing':
    'Linjen har beløp, men mangler del. En tiltakslinje uten del leses som Drift: nye midler, i sitt rammeområde, med mindre Ref viser til et investeringsprosjekt. Velg en av: {allowed}.',
  'economy-plan-line-invalid.part-unknown':
    'Delen «{value}» er ukjent. En tiltakslinje uten gyldig del leses som Drift: nye midler, i sitt rammeområde, med mindre Ref viser til et investeringsprosjekt. Velg en av: {allowed}.',
  'economy-plan-line-invalid.ramme-investment':
    'Linjetype Ramme gjelder bare drift (nye midler til et rammeområde), men linjen har Del Investering, så den er ikke regnet med i noen ramme: den står som en linje uten treff i avstemmingen. Er den driftsrammen, velg Del Drift; investeringer føres med Linjetype Tiltak, én linje per prosjekt.',
  'id-missing': 'Tiltaket har ingen ID. Gi det ID-en {suggestion}, som ikke er brukt ennå.',
  'id-missing.total-row':
    'Raden ser ut som en summeringsrad, men i tabellen blir den lest som et tiltak. Slett raden i stedet for å gi den en ID; vil du vise summer i tabellen, slå på Excels egen totalrad (Tabellutforming › Totalrad).',
  'id-duplicate':
    'ID-en {id} er brukt før (på {firstSheet}!{firstCell}). Hver ID skal være unik i begge tabellene; gi tiltaket en ny ID, for eksempel {suggestion}, som ikke er brukt ennå.',
  'section-invalid':
    'Seksjonen «{value}» finnes ikke i seksjonslisten. Velg en seksjon fra listen, eller legg den til på arket Innstillinger.',
  'section-invalid.missing': 'Tiltaket mangler seksjon. Velg en seksjon fra listen.',
  'priority-invalid': 'Prioriteten «{value}» er ugyldig. Skriv et helt tall fra 1 og oppover.',
  'priority-invalid.missing': 'Tiltaket mangler prioritet. Skriv et helt tall fra 1 og oppover.',
  'priority-invalid.decimal-point':
    'Prioriteten «{value}» leses ikke som et tall: punktum skiller bare tusener. Skriv prioriteten som et helt tall: {suggestion}.',
  'priority-text':
    'Prioriteten «{value}» er lagret som tekst. Den er lest som {priority}, men Excel sorterer tekst etter alle tall; gjør den om til et tall.',
  'priority-duplicate':
    'Prioritet {priority} er brukt to ganger i seksjonen «{section}» (også i {firstCell}). Hver prioritet skal brukes én gang per seksjon; gi ett av tiltakene en annen prioritet.',
  'measure-missing': 'Tiltaksteksten mangler. Beskriv tiltaket i kolonnen Tiltak.',
  'measure-too-long':
    'Tiltaksteksten har {length} tegn, men skal ha høyst {max}. Gjør teksten kortere, og skriv gjerne resten i Kommentar.',
  'status-invalid': 'Kostnadsstatusen «{value}» er ukjent. Velg en av: {allowed}.',
  'status-invalid.missing': 'Kostnadsstatus mangler. Velg en av: {allowed}.',
  'status-invalid.total-row':
    'Raden ser ut som en summeringsrad, men i tabellen blir den lest som et tiltak. Slett raden i stedet for å gi den en kostnadsstatus; vil du vise summer i tabellen, slå på Excels egen totalrad (Tabellutforming › Totalrad).',
  'type-invalid':
    'Typen «{value}» er ukjent, så tiltaket kontrolleres verken som varig tiltak eller som engangstiltak, og ved rullering får det nye siste året 0. Velg en av: {allowed} (tom celle betyr Varig).',
  'purpose-invalid':
    'Formålet «{value}» er ukjent, så regelen om mva-kompensasjon for utleieboliger kan ikke kontrolleres. Velg en av: {allowed}.',
  'responsible-missing': 'Tiltaket mangler ansvarlig. Oppgi én funksjon eller én person.',
  'area-invalid':
    'Planområdet «{area}» finnes ikke i listen over planområder. Velg fra listen eller legg det til på arket Innstillinger.',
  'frame-invalid': 'Rammeområdet «{frame}» finnes ikke i listen over rammeområder. Velg en kode fra listen.',
  'frame-invalid.economy-plan-line':
    'Økonomiplanlinjen viser til rammeområdet «{frame}», som ikke finnes i listen over rammeområder ({allowed}), så linjen er ikke regnet med i noe rammeområde fra listen. Rett koden til en av dem.',
  'frame-invalid.measure-ref':
    'Økonomiplanlinjen har Linjetype «{lineType}», men Ref-en «{frame}» er ID-en til et tiltak, ikke et rammeområde, så linjen er verken regnet til tiltaket eller til noe rammeområde. Er det linjen til {frame}, rett Linjetype til Tiltak; Ref-en er riktig.',
  'amount-invalid':
    'Cellen i «{column}» inneholder «{value}», som ikke er et beløp. Den teller som 0 til du retter den.',
  'amount-invalid.unit-typed':
    'Cellen i «{column}» inneholder «{value}», som ikke er et beløp: beløpene er allerede i {unit}. Skriv bare tallet: {suggestion}. Til da teller cellen som 0.',
  'amount-invalid.other-unit':
    'Cellen i «{column}» inneholder «{value}», som ikke er et beløp: teksten er i {typedUnit}, men planens Beløpsenhet er {unit}. Skriv {suggestion}. Til da teller cellen som 0.',
  'amount-invalid.decimal-point':
    'Cellen i «{column}» inneholder «{value}», som ikke leses som et beløp: punktum skiller bare tusener (2.450 er 2 450). Skriv desimalen med komma: «{suggestion}». Til da teller cellen som 0.',
  'amount-invalid.too-large':
    'Cellen i «{column}» inneholder «{value}», som er for stort for et beløp i {unit}: det blir mer enn 1 000 milliarder kroner. Er det skrevet i en annen enhet? Skriv beløpet i {unit}. Til da teller cellen som 0.',
  'amount-invalid.uncalculated':
    'Cellen i «{column}» har en formel som filen ikke har lagret noe resultat for (filen er laget eller endret av et annet program enn Excel). Åpne filen i Excel og lagre den, så blir formelen regnet ut. Til da teller cellen som 0.',
  'priority-gap':
    'Prioritetene i seksjonen «{section}» er {priorities}; de skal være 1 til {count} uten hull. Nummerer seksjonen på nytt.',
  'area-missing': 'Tiltaket har ingen berørte planområder. Velg ett eller flere (skilt med semikolon).',
  'ref-unknown':
    'Referansen «{ref}» finnes ikke i handlingsplanen (arket «Handlingsplan»). Kontroller nummeret, eller legg punktet til der.',
  'amount-precision':
    'Beløpet {value} i «{column}» har flere desimaler enn enheten {unit} tillater ({decimals}). Er det skrevet i feil enhet, for eksempel mill kr?',
  'amount-precision.mill':
    'Beløpet {value} i «{column}» har flere desimaler enn enheten {unit} tillater ({decimals}, det vil si hele tusen kroner, som nye midler rundes av til). Rund det av til {decimals} desimaler: {rounded}.',
  'amount-precision.mill.zero':
    'Beløpet {value} i «{column}» har flere desimaler enn enheten {unit} tillater ({decimals}, det vil si hele tusen kroner, som nye midler rundes av til). Rundet av til {decimals} desimaler blir det 0, og beløpet forsvinner: kontroller om det er skrevet i riktig enhet.',
  'amount-precision.kr':
    'Beløpet {value} i «{column}» har desimaler, men i enheten {unit} føres hele kroner (øre tas ikke med). Er det skrevet i en annen enhet, for eksempel 1000 kr eller mill kr? Ellers rund det av til hele kroner: {rounded}.',
  'amount-precision.kr.zero':
    'Beløpet {value} i «{column}» har desimaler, men i enheten {unit} føres hele kroner (øre tas ikke med). Rundet av til hele kroner blir det 0, og beløpet forsvinner: kontroller om det er skrevet i en annen enhet, for eksempel 1000 kr eller mill kr.',
  'amount-precision.row':
    'Beløpene i {columns} har flere desimaler enn enheten {unit} tillater ({decimals}). Er de skrevet i feil enhet, for eksempel mill kr?',
  'amount-precision.row.mill':
    'Beløpene i {columns} har flere desimaler enn enheten {unit} tillater ({decimals}, det vil si hele tusen kroner, som nye midler rundes av til). Rund dem av til {decimals} desimaler.',
  'amount-precision.row.kr':
    'Beløpene i {columns} har desimaler, men i enheten {unit} føres hele kroner (øre tas ikke med). Er de skrevet i en annen enhet, for eksempel 1000 kr eller mill kr? Ellers rund dem av til hele kroner.',
  'amount-text':
    'Beløpet «{value}» i «{column}» er lagret som tekst og leses som {readAs} (i {unit}). Excels egne summer hopper over det; gjør det om til et tall.',
  'amount-text.kroner':
    'Beløpet «{value}» i «{column}» er lagret som tekst og leses som {readAs} (i {unit}). Teksten nevner kr, men planens Beløpsenhet er {unit}: kontroller beløpet før du gjør det om til et tall. Er det kroner, skriv {suggestion}.',
  'amount-text.setting':
    'Innstillingen «{column}» har verdien «{value}», lagret som tekst. Verdien er lest som et beløp i {unit}; gjør den om til et tall, slik at den står som tall i Excel også.',
  'amount-text.setting-kroner':
    'Innstillingen «{column}» har verdien «{value}», lagret som tekst. Verdien nevner kroner og er lest i kroner: {read} i {unit}. Skriv {read} som et tall, slik at den står som tall i Excel også.',
  'amount-placeholder':
    'Streken «{value}» i «{column}» er lest som 0. Skriv 0 hvis beløpet er null, eller la cellen stå tom hvis det ikke er kjent.',
  'costed-without-amounts':
    'Tiltaket har status Beregnet, men alle beløp er tomme eller 0. Fyll inn beløpene eller velg en annen status.',
  'amounts-without-costing':
    'Tiltaket har status «{status}», men «{column}» har beløpet {amount}. Bare tiltak med status Beregnet telles med; velg Beregnet eller fjern beløpene.',
  'amounts-without-costing.missing':
    'Tiltaket har ingen kostnadsstatus, men «{column}» har beløpet {amount}. Bare tiltak med status Beregnet telles med; velg Beregnet hvis beløpene stemmer, ellers en annen status og fjern beløpene.',
  'amounts-without-costing.total-row':
    'Raden ser ut som en summeringsrad, men i tabellen blir den lest som et tiltak, og som tiltak ville summene bli telt en gang til i Sammendrag. Slett raden. Vil du vise summer i tabellen, slå på Excels egen totalrad (Tabellutforming › Totalrad).',
  'financing-sum':
    'Finansieringen ({financing}) er ikke lik {column} ({base}); avviket er {difference}. Fordel hele beløpet på Felles tiltak, Endret drift, Annen finansiering og Nye midler.',
  'financing-sign':
    '«{column}» ({amount}) har motsatt fortegn av {baseColumn} ({base}). Innsparinger skal være negative i både kostnad og finansiering.',
  'financing-sign.zero-base':
    '«{column}» ({amount}) kan ikke fordeles på årene når {baseColumn} er 0: nye midler per år blir 0 i alle år, mens Sammendrag teller med {amount}. Rett kostnadene per år eller Helårsvirkning slik at grunnlaget ikke er 0, eller sett «{column}» til 0.',
  'year-exceeds-full-year':
    'Kostnaden i {year} ({cost}) er større enn helårsvirkningen ({fullYear}). Et varig tiltak kan ikke koste mer ett år enn i et helt år; rett beløpet eller helårsvirkningen.',
  'full-year-not-reached':
    'Siste planår ({year}) har {last}, men helårsvirkningen er {fullYear}. Et varig tiltak bør nå helårsvirkningen innen siste år; kontroller beløpene.',
  'one-off-full-year':
    'Et engangstiltak skal ikke ha helårsvirkning, men har {fullYear}. Sett Helårsvirkning til 0 eller endre Type til Varig.',
  'frame-missing':
    'Tiltaket ber om nye midler ({newMoney}), men mangler rammeområde. Velg rammeområdet som skal få midlene.',
  'frame-missing.line-frame':
    'Tiltaket ber om nye midler ({newMoney}), men mangler rammeområde. Linjen i økonomiplanen har {frame}, så Avstemming regner tiltaket med i {frame}, mens Sammendrag viser det under «(uten rammeområde)». Skriv {frame} i Rammeområde, så viser begge det samme.',
  'frame-missing.line-frames':
    'Tiltaket ber om nye midler ({newMoney}), men mangler rammeområde, og linjene i økonomiplanen har ulike rammeområder ({frame}), så Avstemming regner det ikke med i noe rammeområde. Velg rammeområdet på tiltaket, og gi linjene det samme.',
  'frame-missing.line-frame-invalid':
    'Tiltaket ber om nye midler ({newMoney}), men mangler rammeområde, og linjen i økonomiplanen har «{frame}», som ikke er et rammeområde i listen, så Avstemming regner det ikke med i noe rammeområde. Velg rammeområdet på tiltaket, og rett koden på linjen.',
  'frame-missing.line-frames-invalid':
    'Tiltaket ber om nye midler ({newMoney}), men mangler rammeområde, og linjene i økonomiplanen har {frame} og «{invalid}», som ikke er et rammeområde i listen, så Avstemming regner det ikke med i noe rammeområde. Velg rammeområdet på tiltaket, rett koden på linjen og gi linjene det samme.',
  'new-money-rounded-to-zero':
    '{column} er {newMoney}, men nye midler per år rundes av til hele tusen kroner og blir 0 i hvert år av perioden. Tiltaket får derfor 0 i nye midler per år i Sammendrag og i avstemmingen mot økonomiplanen. Kontroller at beløpet er skrevet i riktig enhet ({unit}).',
  'new-money-rounded-to-zero.mill':
    '{column} er {newMoney}, men nye midler per år rundes av til hele tusen kroner (0,001 mill kr) og blir 0 i hvert år av perioden. Tiltaket får derfor 0 i nye midler per år i Sammendrag og i avstemmingen mot økonomiplanen. Kontroller at beløpet er skrevet i riktig enhet ({unit}).',
  'new-money-rounded-to-zero.kr':
    '{column} er {newMoney}, men nye midler per år rundes av til hele kroner og blir 0 i hvert år av perioden. Tiltaket får derfor 0 i nye midler per år i Sammendrag og i avstemmingen mot økonomiplanen. Kontroller at beløpet er skrevet i riktig enhet ({unit}).',
  'investment-phasing':
    'Tidligere bevilget + årene + Etter perioden er {phased}, men Kostnadsramme er {budget}; avviket er {difference}. Rett fordelingen eller kostnadsrammen.',
  'investment-financing-sum':
    'Finansieringen ({financing}) er ikke lik Kostnadsramme ({budget}); avviket er {difference}. Fordel hele rammen på finansieringskildene.',
  'vat-on-rental':
    'Utleieboliger gir ikke rett til mva-kompensasjon, men tiltaket har {vat}. Flytt beløpet til en annen finansieringskilde.',
  'vat-share':
    'Mva-kompensasjonen ({vat}) er mer enn {percent} % av kostnadsrammen ({budget}); høyst {limit} er mulig. Kontroller beløpet.',
  'below-investment-threshold':
    'Kostnadsrammen ({budget}) er under grensen på {threshold} kr ({thresholdInUnit} i {unit}). Så små anskaffelser føres i driftsbudsjettet; flytt tiltaket til Tiltak drift.',
  'below-investment-threshold.kr':
    'Kostnadsrammen ({budget}) er under {threshold} kr. Så små anskaffelser føres i driftsbudsjettet; flytt tiltaket til Tiltak drift.',
  'project-missing':
    'Investeringen har status Beregnet, men mangler prosjektnummer. Skriv prosjektnummeret i Prosjektnr: det knytter investeringen til økonomiplanen.',
  'unit-suspect':
    'Finansieringen ({actual}) er 1000 ganger mindre enn {column} ({expected}): noe er skrevet i feil enhet (arbeidsboken er i {unit}). Enten er finansieringen skrevet i {bigUnit}: gang finansieringsbeløpene med 1000 (summen blir {proposed}). Eller er årene og {column} skrevet i {smallUnit}: del dem med 1000 ({column} blir {otherProposed}).',
  'unit-suspect.base':
    '{column} ({expected}) er 1000 ganger mindre enn finansieringen ({actual}): noe er skrevet i feil enhet (arbeidsboken er i {unit}). Enten er årene og {column} skrevet i {bigUnit}: gang dem med 1000 ({column} blir {proposed}). Eller er finansieringen skrevet i {smallUnit}: del finansieringsbeløpene med 1000 (summen blir {otherProposed}).',
  'unit-suspect.kr':
    'Finansieringen ({actual}) er 1000 ganger mindre enn {column} ({expected}): noe er skrevet i feil enhet eller med feil antall nuller (arbeidsboken er i {unit}). Enten er finansieringen skrevet i {bigUnit}: gang finansieringsbeløpene med 1000 (summen blir {proposed}). Eller har årene og {column} fått tre nuller for mye: del dem med 1000 ({column} blir {otherProposed}).',
  'unit-suspect.base.kr':
    '{column} ({expected}) er 1000 ganger mindre enn finansieringen ({actual}): noe er skrevet i feil enhet eller med feil antall nuller (arbeidsboken er i {unit}). Enten er årene og {column} skrevet i {bigUnit}: gang dem med 1000 ({column} blir {proposed}). Eller har finansieringen fått tre nuller for mye: del finansieringsbeløpene med 1000 (summen blir {otherProposed}).',
  'unit-suspect.supports-base':
    'Resten av planen har beløp på samme nivå som {column} ({expected}), så trolig er det finansieringen som er feil.',
  'unit-suspect.supports-financing':
    'Resten av planen har beløp på samme nivå som finansieringen ({actual}), så trolig er det årene og {column} som er feil.',
  'list-value-too-long':
    'Verdien i {list} er {length} tegn lang; Excel tillater høyst {max} tegn i en formel, så summene på Sammendrag kan ikke velge den ut. Forkort verdien (og de samme tekstene i tiltakstabellene).',
};
