/** Finding messages in nynorsk. Amount params arrive formatted in the workbook unit. */
import { GLOSSARY_NN as g } from './glossary';
import type { FindingKey } from './findingKeys';

export const FINDINGS_NN: Record<FindingKey, string> = {
  // No pronoun for {table}: «tabellen» takes han, «seksjonslista» and «lista over …» take ho.
  'sheet-missing': `Fann ikkje {table} på arket «{sheet}». Du kan opprette det som manglar under ${g.structure} i oppgåvepanelet med «${g.showChanges}».`,
  'sheet-missing.sheet-renamed': `Fann ikkje {table}: arbeidsboka har ikkje noko ark som heiter «{sheet}». Har du gitt arket eit nytt namn, så gi det namnet «{sheet}» att; då finn Tiltaksplan tabellen der. Finst ikkje tabellen lenger, kan du lage han under ${g.structure} i oppgåvepanelet med «${g.showChanges}» (eit nytt, tomt ark «{sheet}»).`,
  'sheet-missing.table-elsewhere': `Fann ikkje {table}: arbeidsboka har ikkje noko ark som heiter «{sheet}». Er det tabellen «{foundTable}» på arket «{foundSheet}»? Gi i så fall arket namnet «{sheet}» att, så finn Tiltaksplan tabellen der. ${g.structure} → «${g.showChanges}» ville lage eit nytt, tomt ark «{sheet}» i tillegg.`,
  'column-missing': `Kolonnen «{column}» manglar i tabellen. Legg han til under ${g.structure} i oppgåvepanelet med «${g.showChanges}».`,
  'column-missing.header-empty': `Overskrifta i denne kolonnen er tom, så kolonnen «{column}» manglar i tabellen. Skriv «{column}» i cella, eller la ${g.structure} i oppgåvepanelet gjere det med «${g.showChanges}».`,
  'column-missing.header-renamed': `Overskrifta «{found}» står der kolonnen «{column}» skal stå, så «{column}» manglar i tabellen. Skriv «{column}» i cella, eller la ${g.structure} i oppgåvepanelet gjere det med «${g.showChanges}».`,
  'column-missing.looks-like':
    'Kolonnen «{found}» ser ut til å vere «{column}»: {misfits, plural, =0 {alle verdiane i han} one {alle verdiane i han unntatt éin} other {alle verdiane i han unntatt #}} er gyldige for «{column}». Gi han overskrifta «{column}», så blir han lesen.',
  'column-missing.settings-header-empty':
    'Overskrifta i denne kolonnen er tom, så kolonnen «{column}» manglar i tabellen. Skriv «{column}» i cella.',
  'column-missing.settings-header-renamed':
    'Overskrifta «{found}» står der kolonnen «{column}» skal stå, så «{column}» manglar i tabellen. Skriv «{column}» i cella igjen.',
  'column-duplicate': 'Kolonnen «{column}» finst to gonger. Gi den eine eit anna namn eller slett han.',
  'column-duplicate.alias':
    'Kolonnen «{column}» blir lesen som «{header}», som {firstCell} alt er. Gi den eine eit anna namn, eller skriv «{header}» over den som skal lesast.',
  'year-columns':
    'Årskolonnane stemmer ikkje med planperioden: venta {expected}, fann {found}. Rett overskriftene eller Første planår / Antall planår. Beløpa per år i tabellen blir kontrollerte og avstemde når overskriftene stemmer.',
  'year-columns.none':
    'Årskolonnane stemmer ikkje med planperioden: venta {expected}, fann ingen årskolonnar. Rett overskriftene eller Første planår / Antall planår. Beløpa per år i tabellen blir kontrollerte og avstemde når overskriftene stemmer.',
  'economy-plan-unused-year-columns':
    'Økonomiplanen i denne fila blir ikkje brukt når planen blir avstemd mot ein eigen økonomiplan, så ingenting her blir avstemt. Årskolonnane her stemmer heller ikkje med planperioden (venta {expected}): rett overskriftene dersom tabellen skal brukast igjen.',
  'setting-invalid': 'Innstillinga «{setting}» har ein ugyldig verdi «{value}». Rett ho på arket Innstillinger.',
  'setting-invalid.missing': `Tabellen på arket Innstillinger har inga rad for «{setting}». Legg ho til under ${g.structure} i oppgåvepanelet med «${g.showChanges}», og fyll inn verdien.`,
  'setting-invalid.empty': 'Innstillinga «{setting}» har ingen verdi. Fyll ho inn på arket Innstillinger.',
  'setting-invalid.decimal-point':
    'Innstillinga «{setting}» har verdien «{value}», som ikkje blir lese som eit tal: punktum skil berre tusen. Skriv desimalen med komma: «{suggestion}». Rett ho på arket Innstillinger.',
  'setting-invalid.unit-typed':
    'Innstillinga «{setting}» har verdien «{value}», som ikkje blir lesen som eit beløp: beløpa er alt i {unit}. Skriv berre talet: {suggestion}. Rett ho på arket Innstillinger.',
  'setting-invalid.other-unit':
    'Innstillinga «{setting}» har verdien «{value}», som ikkje blir lesen som eit beløp: teksten er i {typedUnit}, men Beløpseininga i planen er {unit}. Skriv {suggestion}. Rett ho på arket Innstillinger.',
  'setting-invalid.unit':
    'Innstillinga «{setting}» har ein ugyldig verdi «{value}». Skriv «kr», «1000 kr» eller «mill kr». Rett ho på arket Innstillinger.',
  'setting-duplicate':
    'Innstillinga «{setting}» står på fleire rader. Berre rada i {firstCell} blir lesen, så planen brukar «{used}»; verdien på denne rada blir ikkje brukt. Slett rada som ikkje skal gjelde.',
  'setting-duplicate.empty':
    'Innstillinga «{setting}» står på fleire rader. Berre rada i {firstCell} blir lesen, og ho har ingen verdi; verdien på denne rada blir ikkje brukt. Slett rada som ikkje skal gjelde.',
  'economy-period-unstated':
    'Planperioden står ikkje i økonomiplanen (Første planår og Antall planår på arket Innstillinger), så han er teken frå planane: {years}. Årskolonnane på arket Økonomiplan er lesne for den perioden. Skriv Første planår og Antall planår på arket Innstillinger, så blir perioden lesen frå fila.',
  'economy-period-unstated.columns':
    'Planperioden står ikkje i økonomiplanen (Første planår og Antall planår på arket Innstillinger), og årskolonnane på arket Økonomiplan gjeld {years}, ikkje perioden til planane, {planYears}. Økonomiplanen er lesen for {years}, slik årskolonnane viser, så planar for {planYears} er ikkje avstemde mot han. Skriv rett Første planår og Antall planår på arket Innstillinger i økonomiplanen, eller bruk økonomiplanen for {planYears}.',
  'economy-period-unstated.start':
    'Første planår står ikkje i økonomiplanen (arket Innstillinger), så det er teke frå planane, med Antall planår slik økonomiplanen oppgir det: {years}. Årskolonnane på arket Økonomiplan er lesne for den perioden. Skriv Første planår på arket Innstillinger, så blir perioden lesen frå fila.',
  'economy-period-unstated.start-columns':
    'Første planår står ikkje i økonomiplanen (arket Innstillinger), og årskolonnane på arket Økonomiplan byrjar med eit anna år enn perioden til planane, {planYears}. Økonomiplanen er lesen for {years}, slik årskolonnane og Antall planår viser, så planar for {planYears} er ikkje avstemde mot han. Skriv rett Første planår på arket Innstillinger i økonomiplanen, eller bruk økonomiplanen for {planYears}.',
  'frame-code-missing':
    'Rammeområdet «{name}» i lista over rammeområde har ingen kode, så det kan ikkje veljast i nedtrekkslista for Rammeområde, og tiltak og økonomiplanlinjer kan ikkje reknast med i det i avstemminga. Skriv inn koden i denne cella.',
  'list-empty':
    'Det står ingenting i {list}, så nedtrekkslistene har ingen val. Fyll inn verdiar på arket Innstillinger.',
  'formula-overwritten':
    'Cella i den utrekna kolonnen «{column}» har ein fast verdi ({value}) i staden for formelen. Slett verdien, så blir formelen fylt inn att.',
  'formula-overwritten.span-other': `Kolonnen «{column}» tel òg med {other} i tillegg til åra: årskolonnane står ikkje side om side i årsrekkjefølgje, og {other} står mellom dei. La ${g.structure} i oppgåvepanelet gi «{column}» ein formel som summerer berre åra, med «${g.showChanges}» (eller flytt {other} ut frå årskolonnane).`,
  'formula-overwritten.span-missing': `Kolonnen «{column}» tel ikkje med {years}: årskolonnane står ikkje side om side i årsrekkjefølgje. La ${g.structure} i oppgåvepanelet gi «{column}» ein formel som summerer alle åra, med «${g.showChanges}» (eller set årskolonnane side om side i årsrekkjefølgje att).`,
  'formula-overwritten.span-other-missing': `Kolonnen «{column}» tel med {other}, som ikkje er år, og tel ikkje med {years}: årskolonnane står ikkje side om side i årsrekkjefølgje. La ${g.structure} i oppgåvepanelet gi «{column}» ein formel som summerer berre åra, med «${g.showChanges}» (eller set årskolonnane side om side i årsrekkjefølgje att, med andre kolonnar utanfor).`,
  'formula-overwritten.span-twice': `Kolonnen «{column}» tel {years} to gonger: årskolonnane står ikkje side om side i årsrekkjefølgje, og formelen summerer område som overlappar. La ${g.structure} i oppgåvepanelet gi «{column}» ein formel som summerer kvart år éin gong, med «${g.showChanges}».`,
  'economy-plan-year-empty':
    'Økonomiplanen har ingen beløp for {year} enno: {year} blir avstemt når tala er lagde inn.',
  'economy-plan-year-empty.all':
    'Økonomiplanen har ingen beløp enno: {year}–{last} blir avstemt når tala er lagde inn.',
  'table-empty': 'Det er ingen rader i {table} enno. Skriv eller lim inn radene der når du har dei.',
  'row-below-table': `Rad {row}, rett under {table}, ser ut som ei rad i tabellen, men ligg utanfor tabellen: ho er ikkje med i kontrollen eller i summane. Høyrer rada til tabellen, så utvid tabellen over ho (under ${g.structure} i tillegget, eller Tabellutforming → Endre storleik på tabell); elles la ei tom rad skilje ho frå tabellen.`,
  'row-below-table.gap': `Rad {row}, under {table} med tomme rader imellom, har ein ID som tiltaka i tabellen, men ligg utanfor tabellen: ho er ikkje med i kontrollen eller i summane. Står rada der frå før ei rullering, står kvart beløp under året etter sitt (rulleringa nemnde rada): ta ho då inn i tabellen i planen du rullerte frå og rull på nytt, eller flytt kvart beløp til sitt eige år først. Høyrer rada til tabellen og står beløpa under rett år, så slett dei tomme radene over ho og ta ho inn i tabellen (under ${g.structure} i tillegget, eller Tabellutforming → Endre storleik på tabell); skal ho stå utanfor, så flytt ho til eit anna ark.`,
  'row-below-table.id': `Rad {row}, rett under {table}, har ein ID som tiltaka i tabellen, men ligg utanfor tabellen: ho er ikkje med i kontrollen eller i summane. Høyrer rada til tabellen, så utvid tabellen over ho (under ${g.structure} i tillegget, eller Tabellutforming → Endre storleik på tabell); skal ho stå utanfor, så flytt ho til eit anna ark (ei rad med ID-en til tabellen blir lesen som eit tiltak utanfor tabellen òg med tomme rader imellom).`,
  'note-in-table':
    'Rad {row} i {table} har berre éin tekst, «{text}» i kolonnen {column} (arket {sheet}, celle {cell}). Det ser ut som ein merknad som Excel tok inn i tabellen fordi han vart skriven i rada rett under. Rada blir difor ikkje lesen som ei rad i tabellen: ho er ikkje med i kontrollen, summane eller avstemminga. Flytt merknaden under tabellen med ei tom rad imellom (eller ut til sida), eller fyll ut resten av rada dersom ho skal vere med.',
  'economy-plan-line-invalid':
    'Linjetypen «{value}» er ukjend, så lina er ikkje samanlikna med noko tiltak, prosjekt eller noka ramme: ho står som ei line utan treff i avstemminga. Vel ein av: {allowed}.',
  'economy-plan-line-invalid.type-missing':
    'Lina har beløp, men manglar linjetype, så ho er ikkje samanlikna med noko tiltak, prosjekt eller noka ramme: ho står som ei line utan treff i avstemminga. Vel ein av: {allowed}.',
  'economy-plan-line-invalid.part-missing':
    'Lina har beløp, men manglar del. Ei tiltaksline utan del blir lesen som Drift: nye midlar, i rammeområdet sitt, med mindre Ref viser til eit investeringsprosjekt. Vel ein av: {allowed}.',
  'economy-plan-line-invalid.part-unknown':
    'Delen «{value}» er ukjend. Ei tiltaksline utan gyldig del blir lesen som Drift: nye midlar, i rammeområdet sitt, med mindre Ref viser til eit investeringsprosjekt. Vel ein av: {allowed}.',
  'economy-plan-line-invalid.ramme-investment':
    'Ei rammeline gjeld berre drift (nye midlar til eit rammeområde), men denne har Del Investering, så ho er ikkje rekna med i noka ramme: ho står som ei line utan treff i avstemminga. Er ho driftsramma, vel Del Drift; investeringar blir førte med Linjetype Tiltak, éi line per prosjekt.',
  'id-missing': 'Tiltaket har ingen ID. Gi det ID-en {suggestion}, som ikkje er brukt enno.',
  'id-missing.total-row':
    'Rada ser ut som ei summeringsrad, men i tabellen blir ho lesen som eit tiltak. Slett rada i staden for å gi ho ein ID; vil du vise summar i tabellen, slå på den eigne totalrada i Excel (Tabellutforming › Totalrad).',
  'id-duplicate':
    'ID-en {id} er brukt før (på {firstSheet}!{firstCell}). Kvar ID skal vere unik i begge tabellane; gi tiltaket ein ny ID, til dømes {suggestion}, som ikkje er brukt enno.',
  'section-invalid':
    'Seksjonen «{value}» finst ikkje i seksjonslista. Vel ein seksjon frå lista, eller legg han til på arket Innstillinger.',
  'section-invalid.missing': 'Tiltaket manglar seksjon. Vel ein seksjon frå lista.',
  'priority-invalid': 'Prioriteten «{value}» er ugyldig. Skriv eit heilt tal frå 1 og oppover.',
  'priority-invalid.missing': 'Tiltaket manglar prioritet. Skriv eit heilt tal frå 1 og oppover.',
  'priority-invalid.decimal-point':
    'Prioriteten «{value}» blir ikkje lesen som eit tal: punktum skil berre tusen. Skriv prioriteten som eit heilt tal: {suggestion}.',
  'priority-text':
    'Prioriteten «{value}» er lagra som tekst. Han er lesen som {priority}, men Excel sorterer tekst etter alle tal; gjer han om til eit tal.',
  'priority-duplicate':
    'Prioritet {priority} er brukt to gonger i seksjonen «{section}» (òg i {firstCell}). Kvar prioritet skal brukast éin gong per seksjon; gi eitt av tiltaka ein annan prioritet.',
  'measure-missing': 'Tiltaksteksten manglar. Skildre tiltaket i kolonnen Tiltak.',
  'measure-too-long':
    'Tiltaksteksten har {length} teikn, men skal ha høgst {max}. Gjer teksten kortare, og skriv gjerne resten i Kommentar.',
  'status-invalid': 'Kostnadsstatusen «{value}» er ukjend. Vel ein av: {allowed}.',
  'status-invalid.missing': 'Kostnadsstatus manglar. Vel ein av: {allowed}.',
  'status-invalid.total-row':
    'Rada ser ut som ei summeringsrad, men i tabellen blir ho lesen som eit tiltak. Slett rada i staden for å gi ho ein kostnadsstatus; vil du vise summar i tabellen, slå på den eigne totalrada i Excel (Tabellutforming › Totalrad).',
  'type-invalid':
    'Typen «{value}» er ukjend, så tiltaket blir kontrollert verken som varig tiltak eller som eingongstiltak, og ved rullering får det nye siste året 0. Vel ein av: {allowed} (tom celle tyder Varig).',
  'purpose-invalid':
    'Føremålet «{value}» er ukjend, så regelen om mva-kompensasjon for utleigebustader kan ikkje kontrollerast. Vel ein av: {allowed}.',
  'responsible-missing': 'Tiltaket manglar ansvarleg. Oppgi éin funksjon eller éin person.',
  'area-invalid':
    'Planområdet «{area}» finst ikkje i lista over planområde. Vel frå lista eller legg det til på arket Innstillinger.',
  'frame-invalid': 'Rammeområdet «{frame}» finst ikkje i lista over rammeområde. Vel ein kode frå lista.',
  'frame-invalid.economy-plan-line':
    'Økonomiplanlina viser til rammeområdet «{frame}», som ikkje finst i lista over rammeområde ({allowed}), så lina er ikkje rekna med i noko rammeområde frå lista. Rett koden til ein av dei.',
  'frame-invalid.measure-ref':
    'Økonomiplanlina har Linjetype «{lineType}», men Ref-en «{frame}» er ID-en til eit tiltak, ikkje eit rammeområde, så lina er verken rekna til tiltaket eller til noko rammeområde. Er det lina til {frame}, rett Linjetype til Tiltak; Ref-en er rett.',
  'amount-invalid': 'Cella i «{column}» inneheld «{value}», som ikkje er eit beløp. Ho tel som 0 til du rettar ho.',
  'amount-invalid.unit-typed':
    'Cella i «{column}» inneheld «{value}», som ikkje er eit beløp: beløpa er alt i {unit}. Skriv berre talet: {suggestion}. Til då tel cella som 0.',
  'amount-invalid.other-unit':
    'Cella i «{column}» inneheld «{value}», som ikkje er eit beløp: teksten er i {typedUnit}, men Beløpseininga i planen er {unit}. Skriv {suggestion}. Til då tel cella som 0.',
  'amount-invalid.decimal-point':
    'Cella i «{column}» inneheld «{value}», som ikkje blir lese som eit beløp: punktum skil berre tusen (2.450 er 2 450). Skriv desimalen med komma: «{suggestion}». Til då tel cella som 0.',
  'amount-invalid.too-large':
    'Cella i «{column}» inneheld «{value}», som er for stort for eit beløp i {unit}: det blir meir enn 1 000 milliardar kroner. Er det skrive i ei anna eining? Skriv beløpet i {unit}. Til då tel cella som 0.',
  'amount-invalid.uncalculated':
    'Cella i «{column}» har ein formel som fila ikkje har lagra noko resultat for (fila er laga eller endra av eit anna program enn Excel). Opne fila i Excel og lagre ho, så blir formelen rekna ut. Til då tel cella som 0.',
  'priority-gap':
    'Prioritetane i seksjonen «{section}» er {priorities}; dei skal vere 1 til {count} utan hol. Nummerer seksjonen på nytt.',
  'area-missing': 'Tiltaket har ingen råka planområde. Vel eitt eller fleire (skilde med semikolon).',
  'ref-unknown':
    'Referansen «{ref}» finst ikkje i handlingsplanen (arket «Handlingsplan»). Kontroller nummeret, eller legg punktet til der.',
  'amount-precision':
    'Beløpet {value} i «{column}» har fleire desimalar enn eininga {unit} tillèt ({decimals}). Er det skrive i feil eining, til dømes mill kr?',
  'amount-precision.mill':
    'Beløpet {value} i «{column}» har fleire desimalar enn eininga {unit} tillèt ({decimals}, det vil seie heile tusen kroner, som nye midlar blir runda av til). Rund det av til {decimals} desimalar: {rounded}.',
  'amount-precision.mill.zero':
    'Beløpet {value} i «{column}» har fleire desimalar enn eininga {unit} tillèt ({decimals}, det vil seie heile tusen kroner, som nye midlar blir runda av til). Runda av til {decimals} desimalar blir det 0, og beløpet forsvinn: kontroller om det er skrive i rett eining.',
  'amount-precision.kr':
    'Beløpet {value} i «{column}» har desimalar, men i eininga {unit} blir det ført heile kroner (øre kjem ikkje med). Er det skrive i ei anna eining, til dømes 1000 kr eller mill kr? Elles rund det av til heile kroner: {rounded}.',
  'amount-precision.kr.zero':
    'Beløpet {value} i «{column}» har desimalar, men i eininga {unit} blir det ført heile kroner (øre kjem ikkje med). Runda av til heile kroner blir det 0, og beløpet forsvinn: kontroller om det er skrive i ei anna eining, til dømes 1000 kr eller mill kr.',
  'amount-precision.row':
    'Beløpa i {columns} har fleire desimalar enn eininga {unit} tillèt ({decimals}). Er dei skrivne i feil eining, til dømes mill kr?',
  'amount-precision.row.mill':
    'Beløpa i {columns} har fleire desimalar enn eininga {unit} tillèt ({decimals}, det vil seie heile tusen kroner, som nye midlar blir runda av til). Rund dei av til {decimals} desimalar.',
  'amount-precision.row.kr':
    'Beløpa i {columns} har desimalar, men i eininga {unit} blir det ført heile kroner (øre kjem ikkje med). Er dei skrivne i ei anna eining, til dømes 1000 kr eller mill kr? Elles rund dei av til heile kroner.',
  'amount-text':
    'Beløpet «{value}» i «{column}» er lagra som tekst og blir lese som {readAs} (i {unit}). Excels eigne summar hoppar over det; gjer det om til eit tal.',
  'amount-text.kroner':
    'Beløpet «{value}» i «{column}» er lagra som tekst og blir lese som {readAs} (i {unit}). Teksten nemner kr, men Beløpseininga i planen er {unit}: kontroller beløpet før du gjer det om til eit tal. Er det kroner, skriv {suggestion}.',
  'amount-text.setting':
    'Innstillinga «{column}» har verdien «{value}», lagra som tekst. Verdien er lesen som eit beløp i {unit}; gjer han om til eit tal, slik at han står som tal i Excel òg.',
  'amount-text.setting-kroner':
    'Innstillinga «{column}» har verdien «{value}», lagra som tekst. Verdien nemner kroner og er lesen i kroner: {read} i {unit}. Skriv {read} som eit tal, slik at han står som tal i Excel òg.',
  'amount-placeholder':
    'Streken «{value}» i «{column}» er lesen som 0. Skriv 0 viss beløpet er null, eller la cella stå tom viss det ikkje er kjent.',
  'costed-without-amounts':
    'Tiltaket har status Beregnet, men alle beløp er tomme eller 0. Fyll inn beløpa eller vel ein annan status.',
  'amounts-without-costing':
    'Tiltaket har status «{status}», men «{column}» har beløpet {amount}. Berre tiltak med status Beregnet blir talde med; vel Beregnet eller fjern beløpa.',
  'amounts-without-costing.missing':
    'Tiltaket har ingen kostnadsstatus, men «{column}» har beløpet {amount}. Berre tiltak med status Beregnet blir talde med; vel Beregnet viss beløpa stemmer, elles ein annan status og fjern beløpa.',
  'amounts-without-costing.total-row':
    'Rada ser ut som ei summeringsrad, men i tabellen blir ho lesen som eit tiltak, og som tiltak ville summane bli talde ein gong til på arket Sammendrag. Slett rada. Vil du vise summar i tabellen, slå på den eigne totalrada i Excel (Tabellutforming › Totalrad).',
  'financing-sum':
    'Finansieringa ({financing}) er ikkje lik {column} ({base}); avviket er {difference}. Fordel heile beløpet på Felles tiltak, Endret drift, Annen finansiering og Nye midler.',
  'financing-sign':
    '«{column}» ({amount}) har motsett forteikn av {baseColumn} ({base}). Innsparingar skal vere negative i både kostnad og finansiering.',
  'financing-sign.zero-base':
    '«{column}» ({amount}) kan ikkje fordelast på åra når {baseColumn} er 0: nye midlar per år blir 0 i alle år, medan arket Sammendrag tel med {amount}. Rett kostnadene per år eller Helårsvirkning slik at grunnlaget ikkje er 0, eller set «{column}» til 0.',
  'year-exceeds-full-year':
    'Kostnaden i {year} ({cost}) er større enn heilårsverknaden ({fullYear}). Eit varig tiltak kan ikkje koste meir eitt år enn i eit heilt år; rett beløpet eller heilårsverknaden.',
  'full-year-not-reached':
    'Siste planår ({year}) har {last}, men heilårsverknaden er {fullYear}. Eit varig tiltak bør nå heilårsverknaden innan siste år; kontroller beløpa.',
  'one-off-full-year':
    'Eit eingongstiltak skal ikkje ha heilårsverknad, men har {fullYear}. Set Helårsvirkning til 0 eller endre Type til Varig.',
  'frame-missing':
    'Tiltaket ber om nye midlar ({newMoney}), men manglar rammeområde. Vel rammeområdet som skal få midlane.',
  'frame-missing.line-frame':
    'Tiltaket ber om nye midlar ({newMoney}), men manglar rammeområde. Lina i økonomiplanen har {frame}, så Avstemming reknar tiltaket med i {frame}, medan arket Sammendrag viser det under «(utan rammeområde)». Skriv {frame} i Rammeområde, så viser begge det same.',
  'frame-missing.line-frames':
    'Tiltaket ber om nye midlar ({newMoney}), men manglar rammeområde, og linene i økonomiplanen har ulike rammeområde ({frame}), så Avstemming reknar det ikkje med i noko rammeområde. Vel rammeområdet på tiltaket, og gi linene det same.',
  'frame-missing.line-frame-invalid':
    'Tiltaket ber om nye midlar ({newMoney}), men manglar rammeområde, og lina i økonomiplanen har «{frame}», som ikkje er eit rammeområde i lista, så Avstemming reknar det ikkje med i noko rammeområde. Vel rammeområdet på tiltaket, og rett koden på lina.',
  'frame-missing.line-frames-invalid':
    'Tiltaket ber om nye midlar ({newMoney}), men manglar rammeområde, og linene i økonomiplanen har {frame} og «{invalid}», som ikkje er eit rammeområde i lista, så Avstemming reknar det ikkje med i noko rammeområde. Vel rammeområdet på tiltaket, rett koden på lina og gi linene det same.',
  'new-money-rounded-to-zero':
    '{column} er {newMoney}, men nye midlar per år blir runda av til heile tusen kroner og blir 0 i kvart år av perioden. Tiltaket får difor 0 i nye midlar per år på arket Sammendrag og i avstemminga mot økonomiplanen. Kontroller at beløpet er skrive i rett eining ({unit}).',
  'new-money-rounded-to-zero.mill':
    '{column} er {newMoney}, men nye midlar per år blir runda av til heile tusen kroner (0,001 mill kr) og blir 0 i kvart år av perioden. Tiltaket får difor 0 i nye midlar per år på arket Sammendrag og i avstemminga mot økonomiplanen. Kontroller at beløpet er skrive i rett eining ({unit}).',
  'new-money-rounded-to-zero.kr':
    '{column} er {newMoney}, men nye midlar per år blir runda av til heile kroner og blir 0 i kvart år av perioden. Tiltaket får difor 0 i nye midlar per år på arket Sammendrag og i avstemminga mot økonomiplanen. Kontroller at beløpet er skrive i rett eining ({unit}).',
  'investment-phasing':
    'Tidligere bevilget + åra + Etter perioden er {phased}, men Kostnadsramme er {budget}; avviket er {difference}. Rett fordelinga eller kostnadsramma.',
  'investment-financing-sum':
    'Finansieringa ({financing}) er ikkje lik Kostnadsramme ({budget}); avviket er {difference}. Fordel heile ramma på finansieringskjeldene.',
  'vat-on-rental':
    'Utleigebustader gir ikkje rett til mva-kompensasjon, men tiltaket har {vat}. Flytt beløpet til ei anna finansieringskjelde.',
  'vat-share':
    'Mva-kompensasjonen ({vat}) er meir enn {percent} % av kostnadsramma ({budget}); høgst {limit} er mogleg. Kontroller beløpet.',
  'below-investment-threshold':
    'Kostnadsramma ({budget}) er under grensa på {threshold} kr ({thresholdInUnit} i {unit}). Så små innkjøp blir førte i driftsbudsjettet; flytt tiltaket til Tiltak drift.',
  'below-investment-threshold.kr':
    'Kostnadsramma ({budget}) er under {threshold} kr. Så små innkjøp blir førte i driftsbudsjettet; flytt tiltaket til Tiltak drift.',
  'project-missing':
    'Investeringa har status Beregnet, men manglar prosjektnummer. Skriv prosjektnummeret i Prosjektnr: det knyter investeringa til økonomiplanen.',
  'unit-suspect':
    'Finansieringa ({actual}) er 1000 gonger mindre enn {column} ({expected}): noko er skrive i feil eining (arbeidsboka er i {unit}). Anten er finansieringa skriven i {bigUnit}: gong finansieringsbeløpa med 1000 (summen blir {proposed}). Eller er åra og {column} skrivne i {smallUnit}: del dei med 1000 ({column} blir {otherProposed}).',
  'unit-suspect.base':
    '{column} ({expected}) er 1000 gonger mindre enn finansieringa ({actual}): noko er skrive i feil eining (arbeidsboka er i {unit}). Anten er åra og {column} skrivne i {bigUnit}: gong dei med 1000 ({column} blir {proposed}). Eller er finansieringa skriven i {smallUnit}: del finansieringsbeløpa med 1000 (summen blir {otherProposed}).',
  'unit-suspect.kr':
    'Finansieringa ({actual}) er 1000 gonger mindre enn {column} ({expected}): noko er skrive i feil eining eller med feil tal på nullar (arbeidsboka er i {unit}). Anten er finansieringa skriven i {bigUnit}: gong finansieringsbeløpa med 1000 (summen blir {proposed}). Eller har åra og {column} fått tre nullar for mykje: del dei med 1000 ({column} blir {otherProposed}).',
  'unit-suspect.base.kr':
    '{column} ({expected}) er 1000 gonger mindre enn finansieringa ({actual}): noko er skrive i feil eining eller med feil tal på nullar (arbeidsboka er i {unit}). Anten er åra og {column} skrivne i {bigUnit}: gong dei med 1000 ({column} blir {proposed}). Eller har finansieringa fått tre nullar for mykje: del finansieringsbeløpa med 1000 (summen blir {otherProposed}).',
  'unit-suspect.supports-base':
    'Resten av planen har beløp på same nivå som {column} ({expected}), så truleg er det finansieringa som er feil.',
  'unit-suspect.supports-financing':
    'Resten av planen har beløp på same nivå som finansieringa ({actual}), så truleg er det åra og {column} som er feil.',
  'list-value-too-long':
    'Verdien i {list} er {length} teikn lang; Excel tillèt høgst {max} teikn i ein formel, så summane på arket Sammendrag kan ikkje velje han ut. Kort ned verdien (og dei same tekstane i tiltakstabellane).',
};
