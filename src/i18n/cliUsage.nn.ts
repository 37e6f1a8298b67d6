/** The command line's own messages in nynorsk: every key written out, so no bokmål text shows through. */
import type { UsageKey } from './cliUsage.nb';

export const USAGE_NN: Record<UsageKey, string> = {
  unknownCommand: 'Ukjend kommando «{name}». Sjå «tiltaksplan --help».',
  unknownOption: 'Ukjend val «{name}». Sjå «tiltaksplan {command} --help».',
  longDash:
    '«{name}» byrjar med ein lang strek, ikkje med to bindestrekar (Word og e-post gjer «--» om til «–»). Skriv {option} med to vanlege bindestrekar. Sjå «tiltaksplan {command} --help».',
  unexpectedArgument: 'Uventa argument «{name}» etter {option}. Sjå «tiltaksplan --help».',
  missingValue: 'Valet {name} manglar ein verdi. Skriv verdien rett etter valet.',
  badValue: 'Ugyldig verdi «{value}» for {name}: skriv {expected}.',
  missingFile: 'Oppgi ei .xlsx-fil. Sjå «tiltaksplan {command} --help».',
  emptyFileName: 'Eit tomt filnamn («») er inga fil. Oppgi ei .xlsx-fil. Sjå «tiltaksplan {command} --help».',
  spacedName:
    'Filnamnet «{name}» har mellomrom og må stå i hermeteikn: {quoted}. Utan dei blir {parts} lesne som kvar si fil.',
  spacedValue: 'Verdien «{value}» for {name} har mellomrom og må stå i hermeteikn: {typed}.',
  tooManyFiles: 'For mange filer: {files}. Oppgi éi fil.',
  outNotNamed: 'Den nye fila blir skriven etter --out: «tiltaksplan {command} {input} --out {out}».',
  outWithSeveral:
    '--out kan ikkje brukast saman med --write når fleire arbeidsbøker blir skrivne (fleire filer, eller --economy-plan): kvar får sin eigen kopi. Kontroller éi fil om gongen, eller ta bort --out.',
  inPlaceWithOut: '--in-place og --out kan ikkje brukast saman; vel eitt av dei.',
  inPlaceWithoutWrite: '--in-place gjeld berre saman med --write; legg til --write.',
  writeFailed: '{file}: kunne ikkje skrivast: {reason}',
  writtenExample: 'Skreiv {file} med eksempelplanen ({years}, {unit}).',
  writtenEmpty:
    'Skreiv {file}: plan utan tiltak for {years}, {unit}, med eksempellister (seksjonar, rammeområde R1–R5, ansvarlege og planområde) som du rettar på arket Innstillinger.',
  reportWritten: 'Rapporten er lagra i {file}.',
  'expected.year': 'eit årstal mellom 2000 og 2100',
  'expected.unit':
    '«kr», «1000 kr» eller «mill kr» (òg skrive som «NOK», «tusen kr», «1 000 kr», «1000kr», «NOK 1000», «tkr», «TNOK», «mill. kr», «millionar kr», «million kr», «mkr» eller «MNOK»)',
  'expected.format': 'text, json eller html',
  'expected.lang': 'nb, nn eller en',
  checkWritten: 'Skreiv arka Sammendrag og Avstemming til {file}.',
  backslashNotWritten:
    'Ingenting er skrive: arbeidsboka er laga av eit anna program enn Excel, med omvende skråstrekar (\\) i namna på delane i pakken, som Tiltaksplan les, men ikkje skriv i. Lagre ho i Excel som «Excel-arbeidsbok (*.xlsx)» og prøv igjen.',
  reservedNotWritten:
    'Ingenting er skrive: arbeidsboka er lagra med passord for endring, så Excel lèt berre den som har passordet, lagre over ho. Bruk --write utan --in-place for å få ein kontrollert kopi ved sida av, eller be den som sette passordet, om å ta det bort (Fil → Lagre som → Verktøy → Generelle alternativ).',
  hiddenSheet:
    '{file}: arket «{sheet}» er skjult, så funna der gjeld celler du ikkje ser. Vis det i Excel: høgreklikk ei arkfane, vel Vis og vel «{sheet}».',
  veryHiddenSheet:
    '{file}: arket «{sheet}» er svært skjult (veryHidden), så Excel viser det ikkje under Vis, og funna der gjeld celler du ikkje ser. Be den som laga malen, om å vise det, eller vis det sjølv i Visual Basic-redigeringsprogrammet (Alt+F11): vel arket og set Visible til «-1 - xlSheetVisible».',
  strictNotWritten:
    'Ingenting er skrive: arbeidsboka er lagra som «Strict Open XML-rekneark», som Tiltaksplan les, men ikkje skriv i. Lagre ho i Excel som «Excel-arbeidsbok (*.xlsx)» og prøv igjen.',
  exampleYears: '--years kan ikkje brukast med --example: eksempelplanen har fire planår. Ta bort --years.',
  notXlsxName: '{file}: filnamnet må slutte på .xlsx.',
  missingOut: 'Oppgi kvar den nye arbeidsboka skal lagrast: --out FIL.xlsx. Sjå «tiltaksplan {command} --help».',
  outIsInput: '{file}: --out kan ikkje vere fila som blir lesen; vel eit anna namn.',
  importNoTable:
    '{file}: fann ingen gammal tiltakstabell (ei overskriftsrad med Prioritet og Tiltak); ingenting er skrive. ' +
    'Kontroller at tabellen har desse overskriftene.',
  importMisaligned:
    '{file}, arket «{sheet}»: overskrifta «{heading}» ({headingCell}) står ikkje over noko tal, medan {cell} har talet {value} under {under}. Overskriftene står forskote i forhold til tala, så beløpa ville hamna i feil kolonne; ingenting er skrive. Flytt overskriftene så kvar står rett over sine tal, og importer på nytt.',
  importMisalignedNoHeading: 'ein kolonne utan overskrift',
  importMisalignedHeading: 'overskrifta «{under}»',
  importWritten:
    'Skreiv {file}: {operating} driftstiltak og {investment} investeringstiltak, {years}, {unit}. Sjå arket «Importlogg».',
  notAPlan:
    '{file}: fann verken tabellen over driftstiltak eller tabellen over investeringstiltak, så fila ser ikkje ut som ein tiltaksplan. Er det ein eldre tiltaksplan laga for hand, kan han hentast inn med «tiltaksplan import {file} --out NY.xlsx».',
  notAPlanNotWritten:
    '{file}: ingenting er skrive i fila: ho har verken tabellen over driftstiltak eller tabellen over investeringstiltak, så ho er ingen tiltaksplan. Er det ein eldre tiltaksplan laga for hand, kan han hentast inn med «tiltaksplan import {file} --out NY.xlsx».',
  checkedCopyExists:
    '{file} finst frå før, kanskje frå ein tidlegare kontroll. Tiltaksplan skriv aldri over ei fil: slett eller flytt ho og køyr på nytt, gi kopien eit anna namn med --out (éi fil om gongen), eller skriv i sjølve arbeidsboka med --write --in-place.',
  economyPlanNotAPlan:
    '{file}: er ein økonomiplan utan tabellane over driftstiltak og investeringstiltak, så han er ingen tiltaksplan. Avstem planane mot han med «tiltaksplan check PLAN.xlsx --economy-plan {file}».',
  economyPlanNotAPlanNotWritten:
    '{file}: ingenting er skrive i fila: ho er ein økonomiplan utan tabellane over driftstiltak og investeringstiltak. Med «tiltaksplan check PLAN.xlsx --economy-plan {file} --write» får ein kopi av fila arket «Avstemming planer».',
  rollNoTable:
    '{file}: ingenting er skrive: fila har verken tabellen over driftstiltak eller tabellen over investeringstiltak, så ho er ingen tiltaksplan og kan ikkje rullerast. ' +
    'Er det økonomiplanen (berre arket Økonomiplan), rullerer du i staden kvar tiltaksplan som blir kontrollert mot han, med «tiltaksplan roll PLAN.xlsx --out NY.xlsx»; økonomiplanen for den nye perioden lagar du med «tiltaksplan new NY.xlsx --economy-plan --start ÅR». ' +
    'Er det ein eldre tiltaksplan laga for hand, hent han inn først med «tiltaksplan import {file} --out NY.xlsx».',
  rollEconomyPlan:
    '{file} er økonomiplanen (berre tabellen over økonomiplanlinjer, ingen tiltakstabellar), og han blir ikkje rullert; ingenting er skrive. ' +
    'Lag økonomiplanen for neste periode med «tiltaksplan new NY.xlsx --economy-plan --start {next}» og før inn linjene frå {file} der (beløpa for {kept} blir flytte til dei same åra, {last} er nytt). ' +
    'Rull så kvar tiltaksplan som blir kontrollert mot han, med «tiltaksplan roll PLAN.xlsx --out NY.xlsx».',
  rollTablesMeet:
    'Ingenting er skrive: etter rulleringa ville {table} og {other} overlappe frå {cell} (ein tabell får ei rad eller ein kolonne han mangla). Flytt den eine lenger unna, med ei tom rad eller ein tom kolonne imellom, og prøv igjen.',
  rollWritten: 'Skreiv {file}: planperioden {years}; førre periode er lagra på arket «{sheet}».',
  unexpected: 'tiltaksplan: uventa feil: {reason}',
  'extra.notes': 'merknadene (kommentarane) på cellene i tabellane på arket «{sheet}» (rulleringa flyttar rader og år)',
  'extra.conditionalFormats':
    'vilkårsformateringa på cellene i tabellane på arket «{sheet}» (rulleringa flyttar rader og år)',
  'extra.cellFormats':
    'formateringa (fargar, skrift, kantlinjer) du gav cellene og radene i tabellane på arket «{sheet}» (rulleringa flyttar rader og år, så ho ville ha stått på andre rader)',
  'extra.columnFormats':
    'formateringa du gav {count, plural, one {heile kolonnen {where}} other {heile kolonnane {where}}} på arket «{sheet}» (ho står framleis der, men rulleringa gir kvar årskolonne neste år, så ho merkjer no eit anna år eller anna innhald enn før). Flytt eller fjern ho i Excel om ho galdt eit bestemt år',
  'extra.rowHeights':
    'høgda du gav radene i tabellane på arket «{sheet}» (rulleringa flyttar rader, så ho ville ha gjort eit anna tiltak høgt). Radene har no vanleg høgd',
  'extra.rowGroups':
    'grupperinga (disposisjonen) du gav radene i tabellane på arket «{sheet}» (rulleringa flyttar rader, så gruppa ville ha samla og gøymt andre tiltak). Grupper radene på nytt i Excel om du vil ha det',
  'extra.hiddenColumns':
    'at {count, plural, one {årskolonnen {where} var gøymd} other {årskolonnane {where} var gøymde}} på arket «{sheet}» (rulleringa gir kvar årskolonne neste år, så eit anna år ville ha vore gøymt). {count, plural, one {Han blir vist no; gøym han} other {Dei blir viste no; gøym dei}} att i Excel om du vil',
  'extra.columnGroups':
    'grupperinga (disposisjonen) du gav {count, plural, one {kolonnen {where}} other {kolonnane {where}}} på arket «{sheet}»: gruppa var slått saman, og rulleringa flyttar kolonnar og år, så ho ville ha gøymt noko anna enn før. Grupperinga er teken bort og kolonnane blir viste; grupper dei på nytt i Excel om du vil ha det',
  'extra.richText':
    'skriftformateringa (feit, farge, anna skrift) du gav enkeltord i tekstar i tabellane på arket «{sheet}», der teksten er skriven på nytt utan henne (i tabellen eller på arkivarket): den same teksten stod fleire stader med ulik formatering, eller vart ikkje skriven att. Formater orda på nytt i Excel',
  'extra.hyperlinks': 'hyperlenkjene på cellene i tabellane på arket «{sheet}» (rulleringa flyttar rader og år)',
  'extra.validations':
    'datavalideringa (nedtrekkslista) på {where} på arket «{sheet}»: ho dekte berre nokre av radene i tabellen eller ein kolonne som gjekk til arkivet, og rulleringa flyttar rader og år. Legg ho inn att der ho skal gjelde',
  'extra.tableFilter':
    'filteret (eller sorteringa) på tabellen {where} på arket «{sheet}»: det galdt radene før rulleringa, og radene flyttar seg. Alle rader blir viste; set filteret på att i Excel om du vil ha det',
  'extra.tableTotals':
    'totalrada i tabellen {where} på arket «{sheet}» (rulleringa skriv tabellen utan ho). Slå ho på att med Tabellutforming › Totalrad',
  rollPivot:
    'Pivottabellen «{pivot}» på arket «{sheet}» byggjer på {source} og viser tala frå før rulleringa til han blir oppdatert: Oppdater pivottabellen (Pivottabellanalyse › Oppdater) når du har opna fila i Excel.',
  rollPivotGone:
    'Pivottabellen «{pivot}» på arket «{sheet}» byggjer på {source}, men rulleringa har teke kolonnen {column} ut av tabellen, så pivottabellen kan ikkje oppdaterast slik han står: vel ei ny datakjelde for han (Pivottabellanalyse › Endre datakilde) når du har opna fila i Excel.',
  pivotOnTable: 'tabellen {table}',
  pivotOnColumns: 'kolonnane {first}–{last} i tabellen {table}',
  pivotOnColumn: 'kolonnen {column} i tabellen {table}',
  pivotOnCells: 'cellene {range} på arket «{sheet}»',
  'anchorLeft.hyperlink':
    '{file}: hyperlenkja på {cell} vart ståande på cella si, men rada gjeld no ein annan post enn då lenkja vart lagd inn (postane vert skrivne i ny rekkjefølgje, og verdiane i dine eigne kolonnar følgjer posten). Kontroller lenkja, og flytt ho til posten ho gjeld.',
  'anchorLeft.note':
    '{file}: merknaden (kommentaren) på {cell} vart ståande på cella si, men rada gjeld no ein annan post enn då han vart skriven (postane vert skrivne i ny rekkjefølgje, og verdiane i dine eigne kolonnar følgjer posten). Kontroller merknaden, og flytt han til posten han gjeld.',
  'anchorLeft.look':
    '{file}: fargen, skrifttypen eller ramma du gav {cell} vart ståande på cella si, men rada gjeld no ein annan post (postane vert skrivne i ny rekkjefølgje, og verdiane i dine eigne kolonnar følgjer posten, men ikkje utsjånaden). Flytt formateringa til posten ho gjeld.',
  'anchorLeft.row':
    '{file}: rada {cell} som du gav farge, skrifttype eller ramme i heilskap, heldt på utsjånaden, men gjeld no ein annan post (postane vert skrivne i ny rekkjefølgje, og verdiane i dine eigne kolonnar følgjer posten, men ikkje utsjånaden). Flytt formateringa til posten ho gjeld.',
  'anchorEmptied.hyperlink':
    '{file}: hyperlenkja på {cell} vart ståande på cella si, men rada er no tom, under tabellen: tabellen har færre rader enn før, og posten lenkja galdt, står på ei anna rad eller er borte. Flytt lenkja til posten ho gjeld, eller slett ho.',
  'anchorEmptied.note':
    '{file}: merknaden (kommentaren) på {cell} vart ståande på cella si, men rada er no tom, under tabellen: tabellen har færre rader enn før, og posten merknaden galdt, står på ei anna rad eller er borte. Flytt merknaden til posten han gjeld, eller slett han.',
  'anchorEmptied.look':
    '{file}: fargen, skrifttypen eller ramma du gav {cell} er fjerna: tabellen har færre rader enn før, og rada er tømd (verdiane i dine eigne kolonnar følgjer posten, men ikkje utsjånaden). Gi cella til posten formateringa att om du treng ho.',
  'anchorEmptied.row':
    '{file}: rada {cell} som du gav farge, skrifttype eller ramme i heilskap, heldt på utsjånaden, men er no tom, under tabellen: tabellen har færre rader enn før. Flytt formateringa til posten ho gjeld, eller fjern ho.',
};
