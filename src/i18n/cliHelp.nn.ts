/** `--help` texts of the command line in nynorsk. */
import type { HelpKey } from './cliHelp.nb';

export const HELP_NN: Record<HelpKey, string> = {
  main: `tiltaksplan – tiltaksplanen i ein kommunal temaplan, kontrollert mot økonomiplanen

Bruk:
  tiltaksplan new FIL.xlsx [--start ÅR] [--years N] [--unit "1000 kr"] [--example]
  tiltaksplan new ØP.xlsx --economy-plan [--start ÅR] [--years N] [--unit "1000 kr"] [--example]
  tiltaksplan check FIL.xlsx... [--format text|json|html] [--out STI] [--write] [--in-place]
  tiltaksplan check PLAN.xlsx... --economy-plan ØP.xlsx [--format …] [--out STI] [--write] [--in-place]
  tiltaksplan import GAMMAL.xlsx --out FIL.xlsx [--start ÅR] [--unit EINING]
  tiltaksplan roll FIL.xlsx --out FIL.xlsx
  tiltaksplan compare ELDRE.xlsx NYARE.xlsx [--format text|json|html] [--out STI]
  tiltaksplan compare FIL.xlsx --version-sheet "Versjon 1"

  --lang SPRÅK                  nb (standard), nn eller en: språket i meldingar, hjelp, rapportar og
                                arka som blir skrivne; gjeld alle kommandoane
  tiltaksplan KOMMANDO --help   hjelp til éin kommando
  tiltaksplan --version         versjon

Avslutningskode: 0 ingen feil, 1 feil funne, 2 feil bruk, ei fil som ikkje kan lesast eller skrivast, eller ei
arbeidsbok kommandoen ikkje kan bruke.
Ingen kommando skriv over fila han les, med mindre du gir --in-place, og ingen skriv til ei fil som
er open i Excel (den skjulte fila ~$NAMN ligg ved sida av ho).
`,
  new: `tiltaksplan new FIL.xlsx [--start ÅR] [--years N] [--unit EINING] [--example] [--lang SPRÅK]
tiltaksplan new ØP.xlsx --economy-plan [--start ÅR] [--years N] [--unit EINING] [--example] [--lang SPRÅK]

Lagar ei ny arbeidsbok med heile strukturen: innstillingar, lister, tabellane for drift, investering og
økonomiplan, med nedtrekkslister og formlar. Utan --example er tabellane tomme, men listene har
eksempelverdiar for ein bustadsosial plan (seksjonar, rammeområde R1–R5, ansvarlege, planområde): rett dei
på arket Innstillinger.

  --start ÅR      første planår (standard: neste år)
  --years N       talet på planår, 4–10 (standard: 4)
  --unit EINING   beløpseining: "kr", "1000 kr" (standard) eller "mill kr"
  --example       fyll inn eksempelplanen (bustadsosial handlingsplan) med medvitne avvik mot økonomiplanen;
                  med --economy-plan: økonomiplanen til eksempelplanen, som eksempelplanen blir avstemd mot
  --economy-plan  berre ein økonomiplan for heile kommunen: Innstillinger, rammeområda og økonomiplantabellen
  --lang SPRÅK    nb (standard), nn eller en: språket i meldingane og på arket Sammendrag

Skriv aldri over ei fil som finst frå før.
`,
  check: `tiltaksplan check FIL.xlsx... [--format text|json|html] [--out STI] [--lang nb|nn|en] [--write] [--in-place]
tiltaksplan check PLAN.xlsx... --economy-plan ØP.xlsx [dei same vala]

Kontrollerer planen: struktur, kvar rad, summar og avstemming mot økonomiplanen.

  --format F      text (standard), json eller html (éi utskriftsvenleg side); utan --format avgjer
                  namnet i --out: .json gir json, .html eller .htm html, alt anna text
  --out STI       lagre rapporten i ei fil (aldri over ei arbeidsbok); med --write: namnet på den kontrollerte kopien
  --lang SPRÅK    nb (standard), nn eller en: språket i rapporten og på arka Sammendrag og Avstemming
  --write         skriv arka Sammendrag og Avstemming i ein kopi: FIL-kontrollert.xlsx
  --in-place      saman med --write: skriv i sjølve fila i staden for i ein kopi (òg gjennom ein
                  snarveg; rettane til fila blir haldne ved lag; ei skriveverna fil, eller ei som er open
                  i Excel, blir ikkje rørt)
  --economy-plan ØP.xlsx
                  avstem alle planane mot denne økonomiplanen i staden for det eigne arket til kvar plan, med
                  ein samla del: nye midlar per plan og i alt, rammeområde på tvers av planane, liner i fleire
                  planar eller ingen; med --write får ein kopi av ØP.xlsx arket «Avstemming planer»

Arka Sammendrag og Avstemming blir aldri skrivne over eigne celler: står ei i vegen, blir ingenting skrive, og cella blir nemnd.
Avslutningskode: 0 ingen feil, 1 feil funne, 2 feil bruk, ei fil som ikkje kan lesast eller skrivast, eller ei
arbeidsbok kommandoen ikkje kan bruke.
`,
  import: `tiltaksplan import GAMMAL.xlsx --out FIL.xlsx [--start ÅR] [--unit EINING] [--lang SPRÅK]

Les gamle tiltakstabellar (som tabell 6.1 og 6.2 i den bustadsosiale handlingsplanen til Verdal) kvar som
helst i arbeidsboka og lagar ei ny arbeidsbok med heile strukturen. Overskrifter blir kjende att same kva
store og små bokstavar, teiknsetjing, linjeskift og orddeling dei har; einingar i tabellhovudet blir rekna
om. Kvar avgjerd blir logga med cella ho byggjer på: på skjermen og på arket «Importlogg».

  --out FIL.xlsx  den nye arbeidsboka (påkravd; skriv aldri over ei fil som finst frå før)
  --start ÅR      første planår (standard: første årskolonne i tabellen)
  --unit EINING   beløpseining i den nye arbeidsboka, og eininga for beløp når tabellhovudet ikkje oppgir
                  noka: "kr", "1000 kr" (standard) eller "mill kr"
  --lang SPRÅK    nb (standard), nn eller en: språket i meldingane og på arket Sammendrag

Avslutningskode: 0 fila er skriven, 2 feil bruk, ei fil som ikkje kan lesast eller skrivast, ingen
tiltakstabell funnen, eller overskrifter som står ved sida av tala sine (cellene blir nemnde).
`,
  roll: `tiltaksplan roll FIL.xlsx --out NY.xlsx [--lang SPRÅK]

Rullerer planen eitt år fram: neste planperiode startar eitt år seinare. Første år går ut av tabellane
(utgifta til investeringane det året blir flytt til Tidligere bevilget), eit nytt siste år kjem til (varige
tiltak får heilårsverknaden sin, andre 0), økonomiplanlinene flyttar seg eitt år og får eit tomt nytt år, og
Første planår og Prisnivå (når det har standardforma) blir flytte fram. Den gamle perioden blir lagd på arket
«Arkiv <første>–<siste>».

NY.xlsx er ein kopi av arbeidsboka der berre tabellane til produktet og arka Sammendrag og Avstemming er skrivne på
nytt: andre ark, diagram, pivottabellar, tidlegare arkiv og versjonar, makroar (ei .xlsm blir rullert til ei
.xlsm) og celler ved sida av tabellane står som før. Eigne rader og kolonnar i innstillingstabellen blir
tekne med, og eigne kolonnar i tiltakstabellane og økonomiplantabellen (etter kolonnane til produktet, kvar
celle på tiltaket sitt; ein formel der som verdien han viste). Merknader, hyperlenkjer og vilkårsformatering
på cellene i tabellane blir ikkje tekne med (radene og åra flyttar seg); dei blir lista på skjermen. Står ei
eiga celle der ein rullert tabell skal stå, blir ingenting skrive, og cella blir nemnd.
Rulleringa skriv aldri om formlane dine: ho nemner dei som no les eit anna år eller tiltak (i celler, namn,
diagram, vilkårsformatering og nedtrekkslister; dei som brukar INDIRECT eller OFFSET, blir nemnde som ikkje
kontrollerte), og beløp som stod som tekst og no er skrivne som tal.

  --out NY.xlsx   kopien (påkravd, same type som FIL; skriv aldri over ei fil som finst frå før)
  --lang SPRÅK    nb (standard), nn eller en: språket i meldingane og på arket Sammendrag

Avslutningskode: 0 fila er skriven, 1 innstillingane må rettast først, eller ein tiltakstabell eller
økonomiplantabellen vart ikkje funnen (eit ark og ein tabell med nytt namn; funna blir viste, ingenting blir
skrive), 2 feil bruk, ei fil som ikkje kan lesast eller skrivast, ingen tiltakstabellar, ei eiga celle i
vegen, eller to tabellar som ville overlappe etter rulleringa.
`,
  compare: `tiltaksplan compare ELDRE.xlsx NYARE.xlsx [--format text|json|html] [--out STI] [--lang nb|nn|en]
tiltaksplan compare FIL.xlsx --version-sheet "Versjon 1"

Viser kva som er endra frå ein eldre versjon av planen til ein nyare: nye, fjerna og endra tiltak
(kvart endra felt med før og no), summar per år før, no og endring (driftskostnad, nye midlar,
investering), nye midlar per rammeområde, og nye, fjerna og endra liner i økonomiplanen. Tiltak
blir kopla på ID og beløp på kalenderår: ein rullert plan blir samanlikna på åra begge periodane har.

  --version-sheet ARK  samanlikn med ein lagra versjon («Lagre versjon» under Struktur i oppgåvepanelet,
                       eller arkivet etter ei rullering) i arbeidsboka: med éi fil er versjonen den eldre
                       og planen i fila den nyare; med to filer blir den eldre versjonen henta frå arket
                       i ELDRE.xlsx
  --format F           text (standard), json eller html (éi utskriftsvenleg side til saksframlegget);
                       utan --format avgjer namnet i --out: .json gir json, .html eller .htm html
  --out STI            lagre rapporten i ei fil (aldri over ei av arbeidsbøkene eller ei anna .xlsx-fil)
  --lang SPRÅK         nb (standard), nn eller en

Avslutningskode: 0 samanlikna, 2 feil bruk, ei fil som ikkje kan lesast eller skrivast, ei arbeidsbok utan
tiltakstabellar, eit ark som ikkje er ein lagra versjon, eller ein plan der innstillingstabellen eller kolonnen
Innstilling eller Verdi i han ikkje blir funnen (planperioden og beløpseininga ville blitt gissa). Då blir
ingenting skrive.
`,
};
