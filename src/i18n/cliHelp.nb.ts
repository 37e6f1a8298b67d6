/** `--help` texts of the command line in bokmål: the reference whose keys every language must have. */
export const HELP_NB = {
  main: `tiltaksplan – tiltaksplanen i en kommunal temaplan, kontrollert mot økonomiplanen

Bruk:
  tiltaksplan new FIL.xlsx [--start ÅR] [--years N] [--unit "1000 kr"] [--example]
  tiltaksplan new ØP.xlsx --economy-plan [--start ÅR] [--years N] [--unit "1000 kr"] [--example]
  tiltaksplan check FIL.xlsx... [--format text|json|html] [--out STI] [--write] [--in-place]
  tiltaksplan check PLAN.xlsx... --economy-plan ØP.xlsx [--format …] [--out STI] [--write] [--in-place]
  tiltaksplan import GAMMEL.xlsx --out FIL.xlsx [--start ÅR] [--unit ENHET]
  tiltaksplan roll FIL.xlsx --out FIL.xlsx
  tiltaksplan compare ELDRE.xlsx NYERE.xlsx [--format text|json|html] [--out STI]
  tiltaksplan compare FIL.xlsx --version-sheet "Versjon 1"

  --lang SPRÅK                  nb (standard), nn eller en: språket i meldinger, hjelp, rapporter og
                                arkene som skrives; gjelder alle kommandoer
  tiltaksplan KOMMANDO --help   hjelp til én kommando
  tiltaksplan --version         versjon

Avslutningskode: 0 ingen feil, 1 feil funnet, 2 feil bruk, en fil som ikke kan leses eller skrives, eller en
arbeidsbok kommandoen ikke kan bruke.
Ingen kommando skriver over filen den leser, med mindre du gir --in-place, og ingen skriver til en fil
som er åpen i Excel (den skjulte filen ~$NAVN ligger ved siden av den).
`,
  new: `tiltaksplan new FIL.xlsx [--start ÅR] [--years N] [--unit ENHET] [--example] [--lang SPRÅK]
tiltaksplan new ØP.xlsx --economy-plan [--start ÅR] [--years N] [--unit ENHET] [--example] [--lang SPRÅK]

Lager en ny arbeidsbok med hele strukturen: innstillinger, lister, tabellene for drift, investering og
økonomiplan, med nedtrekkslister og formler. Uten --example er tabellene tomme, men listene har
eksempelverdier for en boligsosial plan (seksjoner, rammeområder R1–R5, ansvarlige, planområder): rett dem
på arket Innstillinger.

  --start ÅR      første planår (standard: neste år)
  --years N       antall planår, 4–10 (standard: 4)
  --unit ENHET    beløpsenhet: "kr", "1000 kr" (standard) eller "mill kr"
  --example       fyll inn eksempelplanen (boligsosial handlingsplan) med bevisste avvik mot økonomiplanen;
                  med --economy-plan: økonomiplanen til eksempelplanen, som eksempelplanen avstemmes mot
  --economy-plan  bare en økonomiplan for hele kommunen: Innstillinger, rammeområdene og økonomiplantabellen
  --lang SPRÅK    nb (standard), nn eller en: språket i meldingene og på arket Sammendrag

Skriver aldri over en fil som finnes fra før.
`,
  check: `tiltaksplan check FIL.xlsx... [--format text|json|html] [--out STI] [--lang nb|nn|en] [--write] [--in-place]
tiltaksplan check PLAN.xlsx... --economy-plan ØP.xlsx [de samme valgene]

Kontrollerer planen: struktur, hver rad, summer og avstemming mot økonomiplanen.

  --format F      text (standard), json eller html (én utskriftsvennlig side); uten --format bestemmer
                  navnet i --out: .json gir json, .html eller .htm html, alt annet text
  --out STI       lagre rapporten i en fil (aldri over en arbeidsbok); med --write: navnet på den kontrollerte kopien
  --lang SPRÅK    nb (standard), nn eller en: språket i rapporten og på arkene Sammendrag og Avstemming
  --write         skriv arkene Sammendrag og Avstemming i en kopi: FIL-kontrollert.xlsx
  --in-place      sammen med --write: skriv i selve filen i stedet for i en kopi (også gjennom en
                  snarvei; filens rettigheter beholdes; en skrivebeskyttet fil, eller en som er åpen i
                  Excel, røres ikke)
  --economy-plan ØP.xlsx
                  avstem alle planene mot denne økonomiplanen i stedet for hver plans eget ark, med en samlet
                  del: nye midler per plan og i alt, rammeområder på tvers av planene, linjer i flere planer
                  eller ingen; med --write får en kopi av ØP.xlsx arket «Avstemming planer»

Sammendrag og Avstemming skrives aldri over egne celler: står en i veien, skrives ingenting, og cellen nevnes.
Avslutningskode: 0 ingen feil, 1 feil funnet, 2 feil bruk, en fil som ikke kan leses eller skrives, eller en
arbeidsbok kommandoen ikke kan bruke.
`,
  import: `tiltaksplan import GAMMEL.xlsx --out FIL.xlsx [--start ÅR] [--unit ENHET] [--lang SPRÅK]

Leser gamle tiltakstabeller (som tabell 6.1 og 6.2 i Verdals boligsosiale handlingsplan) hvor som helst
i arbeidsboken og lager en ny arbeidsbok med hele strukturen. Overskrifter kjennes igjen uansett store og
små bokstaver, tegnsetting, linjeskift og orddeling; enheter i tabellhodet regnes om. Hver beslutning
logges med cellen den bygger på: på skjermen og på arket «Importlogg».

  --out FIL.xlsx  den nye arbeidsboken (påkrevd; skriver aldri over en fil som finnes fra før)
  --start ÅR      første planår (standard: første årskolonne i tabellen)
  --unit ENHET    beløpsenhet i den nye arbeidsboken, og enheten for beløp når tabellhodet ikke oppgir
                  noen: "kr", "1000 kr" (standard) eller "mill kr"
  --lang SPRÅK    nb (standard), nn eller en: språket i meldingene og på arket Sammendrag

Avslutningskode: 0 filen er skrevet, 2 feil bruk, en fil som ikke kan leses eller skrives, ingen tiltakstabell
funnet, eller overskrifter som står ved siden av tallene sine (cellene nevnes).
`,
  roll: `tiltaksplan roll FIL.xlsx --out NY.xlsx [--lang SPRÅK]

Rullerer planen ett år fram: neste planperiode starter ett år senere. Første år går ut av tabellene
(investeringenes utgift det året flyttes til Tidligere bevilget), et nytt siste år kommer til (varige
tiltak får sin helårsvirkning, andre 0), økonomiplanlinjene forskyves og får et tomt nytt år, og Første
planår og Prisnivå (når det har standardformen) flyttes fram. Den gamle perioden legges på arket
«Arkiv <første>–<siste>».

NY.xlsx er en kopi av arbeidsboken der bare produktets tabeller, Sammendrag og Avstemming er skrevet på nytt:
andre ark, diagrammer, pivottabeller, tidligere arkiv og versjoner, makroer (en .xlsm rulles til en .xlsm) og
celler ved siden av tabellene står som før. Egne rader og kolonner i innstillingstabellen tas med, og egne
kolonner i tiltakstabellene og økonomiplantabellen (etter produktets kolonner, hver celle på sitt tiltak; en
formel der som verdien den viste). Merknader, hyperkoblinger og betinget formatering på cellene i tabellene
tas ikke med (radene og årene flytter seg); de listes på skjermen. Står en egen celle der en rullert tabell
skal stå, skrives ingenting, og cellen nevnes.
Rulleringen skriver aldri om formlene dine: den nevner dem som nå leser et annet år eller tiltak (i celler,
navn, diagrammer, betinget formatering og nedtrekkslister; de som bruker INDIRECT eller OFFSET, nevnes som
ikke kontrollert), og beløp som stod som tekst og nå er skrevet som tall.

  --out NY.xlsx   kopien (påkrevd, samme type som FIL; skriver aldri over en fil som finnes fra før)
  --lang SPRÅK    nb (standard), nn eller en: språket i meldingene og på arket Sammendrag

Avslutningskode: 0 filen er skrevet, 1 innstillingene må rettes først, eller en tiltakstabell eller
økonomiplantabellen ble ikke funnet (et ark og en tabell med nytt navn; funnene vises, ingenting skrives),
2 feil bruk, en fil som ikke kan leses eller skrives, ingen tiltakstabeller, en egen celle i veien, eller to
tabeller som ville overlappe etter rulleringen.
`,
  compare: `tiltaksplan compare ELDRE.xlsx NYERE.xlsx [--format text|json|html] [--out STI] [--lang nb|nn|en]
tiltaksplan compare FIL.xlsx --version-sheet "Versjon 1"

Viser hva som er endret fra en eldre versjon av planen til en nyere: nye, fjernede og endrede tiltak
(hvert endret felt med før og nå), summer per år før, nå og endring (driftskostnad, nye midler,
investering), nye midler per rammeområde, og nye, fjernede og endrede linjer i økonomiplanen. Tiltak
kobles på ID og beløp på kalenderår: en rullert plan sammenlignes på årene begge periodene har.

  --version-sheet ARK  sammenlign med en lagret versjon («Lagre versjon» under Struktur i oppgavepanelet,
                       eller arkivet etter en rullering) i arbeidsboken: med én fil er versjonen den eldre
                       og filens plan den nyere; med to filer hentes den eldre versjonen fra arket i ELDRE.xlsx
  --format F           text (standard), json eller html (én utskriftsvennlig side til saksframlegget);
                       uten --format bestemmer navnet i --out: .json gir json, .html eller .htm html
  --out STI            lagre rapporten i en fil (aldri over en av arbeidsbøkene eller en annen .xlsx-fil)
  --lang SPRÅK         nb (standard), nn eller en

Avslutningskode: 0 sammenlignet, 2 feil bruk, en fil som ikke kan leses eller skrives, en arbeidsbok uten
tiltakstabeller, et ark som ikke er en lagret versjon, eller en plan der innstillingstabellen eller kolonnen
Innstilling eller Verdi i den ikke blir funnet (planperioden og beløpsenheten ville blitt gjettet). Da skrives
ingenting.
`,
} as const;

export type HelpKey = keyof typeof HELP_NB;
