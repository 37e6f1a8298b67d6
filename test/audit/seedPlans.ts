/**
 * Two real plans typed in as a user would (see seedWorkbook.ts), moved to the period 2027–2030.
 *
 * VERDAL — seeds/003, section 6 "Tiltaksplan 2011-2014", typed in mill kr as the seed's tables are. Seed rows
 * keep the seed's figures (6.1 miljøteam 0,6/1,2/1,8/2,4 all Nye midler; 6.2 "20. 4 Småhus" 3 mill by loan;
 * "----", "?", "Må utredes"). Measures the seed leaves at "----" were given figures for this audit (marked
 * "audit figures") so that every total has something to add: a one-off split in thirds, partial new money,
 * a financing that does not add up, a number typed as text, text in an amount cell, a missing frame.
 *
 * LILLEHAMMER — seeds/004, the 2010 programme accounts (lønn 309 000, skyss og kost 29 000, konsulent
 * 284 000; Husbanken finances up to 1 mill; 750 000–800 000 expected in all), typed in 1000 kr with
 * Toleranse 5: the coordinator's salary from mid-year, the travel budget, the pre-study, the extended mapping
 * among the young (the 150 that takes 622 to the ~780 expected), and a project to buy rental homes.
 */
import type { Row, SeedPlan } from './seedWorkbook';

const VELFERD = 'Rådmannen v/kommunalsjef velferd';
const BOKONTOR = 'Leder boligkontor';
const NAV = 'NAV-leder';
const HELSE = 'Helse, velferd, pleie og omsorg';

const op = (id: string, section: string, priority: number, ref: string, measure: string, r: Row): Row => ({
  ID: id,
  Seksjon: section,
  Prioritet: priority,
  'Ref.': ref,
  Tiltak: measure,
  Type: 'Varig',
  ...r,
});

const S = 'Samfunn og tjenester';
const O = 'Organisasjon';
const DASH = '----';

export const VERDAL: SeedPlan = {
  unit: 'mill kr',
  settings: { Plannavn: 'Boligsosial handlingsplan Verdal' },
  operating: [
    // row 2 — seed 6.1 priority 1
    op('D-001', S, 1, '14', 'Utvidelse miljøteam: trappes opp fra 1 til 5 årsverk', {
      Kostnadsstatus: 'Beregnet',
      ...{ 2027: 0.6, 2028: 1.2, 2029: 1.8, 2030: 2.4, Helårsvirkning: 2.4 },
      ...{ 'Felles tiltak': DASH, 'Endret drift': DASH, 'Annen finansiering': DASH, 'Nye midler': 2.4 },
      ...{ Ansvarlig: VELFERD, 'Berørte planområder': HELSE, Rammeområde: 'R3' },
    }),
    // row 3 — audit figures: a one-off study, 0,1 a year for three years, a third of it new money
    op('D-002', S, 2, '2', 'Utarbeide boligplan for bosetting av vanskeligstilte', {
      Type: 'Engangs',
      Kostnadsstatus: 'Beregnet',
      ...{ 2027: 0.1, 2028: 0.1, 2029: 0.1, 2030: 0, 'Endret drift': 0.2, 'Nye midler': 0.1 },
      ...{ Ansvarlig: BOKONTOR, 'Berørte planområder': `${HELSE}; Areal og samfunnsutvikling`, Rammeområde: 'R3' },
    }),
    // rows 4–5 — seed "----" rows, not costed
    op('D-003', S, 3, '4', 'Samordnet saksbehandling', {
      Kostnadsstatus: 'Må utredes',
      2027: DASH,
      Ansvarlig: BOKONTOR,
    }),
    op('D-004', S, 4, '5', 'Spredt bosetting for å oppnå trivsel og økt aktivitet', {
      Kostnadsstatus: 'Ukjent',
      Ansvarlig: BOKONTOR,
    }),
    // row 6 — audit figures: a sixth new money, the rest within the frame
    op('D-005', O, 1, '1', 'Boligkontor – flytting av ressurser', {
      Kostnadsstatus: 'Beregnet',
      ...{ 2027: 0.25, 2028: 0.35, 2029: 0.6, 2030: 0.6, Helårsvirkning: 0.6, 'Endret drift': 0.5, 'Nye midler': 0.1 },
      ...{ Ansvarlig: VELFERD, 'Berørte planområder': HELSE, Rammeområde: 'R1' },
    }),
    // row 7 — audit figures: financing 0,1 + 0,2 = 0,3 ≠ Helårsvirkning 0,4 (financing-sum)
    op('D-006', O, 2, '5', 'Etablere et bredt fagmiljø for helhetlig boligsosialt arbeid', {
      Kostnadsstatus: 'Beregnet',
      ...{ 2027: 0.2, 2028: 0.4, 2029: 0.4, 2030: 0.4, Helårsvirkning: 0.4, 'Annen finansiering': 0.1 },
      ...{ 'Nye midler': 0.2, Ansvarlig: BOKONTOR, 'Berørte planområder': 'Oppvekst og utdanning', Rammeområde: 'R1' },
    }),
    // row 8 — seed "----", no cost
    op('D-007', O, 3, '2', 'Årlige medvirkningsmøter om boligbehov med fagmiljøene', {
      Kostnadsstatus: 'Ingen kostnad',
      Ansvarlig: BOKONTOR,
    }),
    // row 9 — audit figures: a one-off, 2027 typed as text "0,15", no Rammeområde (frame-missing)
    op('D-008', O, 4, '7', 'Ta i bruk Bo Kart', {
      Type: 'Engangs',
      Kostnadsstatus: 'Beregnet',
      ...{ 2027: '0,15', 2028: 0.05, 2029: 0.05, 2030: 0.05, 'Nye midler': 0.3 },
      ...{ Ansvarlig: NAV, 'Berørte planområder': 'NAV og sosiale tjenester' },
    }),
    // row 10 — audit figures: 2027 holds text that is no number (amount-invalid), covered within the frame
    op('D-009', O, 5, '3', 'Styrke samhandlingen mellom bo oppfølgingstjenesten, NAV og Namsmannen', {
      Kostnadsstatus: 'Beregnet',
      ...{ 2027: 'ca. 0,1', 2028: 0.1, 2029: 0.1, 2030: 0.1, Helårsvirkning: 0.1, 'Endret drift': 0.1 },
      ...{ Ansvarlig: NAV, 'Berørte planområder': `NAV og sosiale tjenester;${HELSE}`, Rammeområde: 'R3' },
    }),
  ],
  investment: [
    // row 2 — seed 6.2 priority 1: "20. 4 Småhus", 2011, 3 mill, Lån 3
    {
      ...{ ID: 'I-001', Seksjon: S, Prioritet: 1, 'Ref.': '20', Tiltak: '4 småhus', Kostnadsstatus: 'Beregnet' },
      ...{ Prosjektnr: 'P-20', Formål: 'Utleiebolig', Kostnadsramme: 3, 2027: 3, Lån: 3 },
      ...{ Ansvarlig: VELFERD, 'Berørte planområder': HELSE, Rammeområde: 'R5' },
    },
    // rows 3–4 — seed "?" and "Må utredes"
    {
      ...{
        ID: 'I-002',
        Seksjon: S,
        Prioritet: 2,
        Tiltak: 'Renovering eller kjøp: kjent når boligplanen er utarbeidet',
      },
      ...{ Kostnadsstatus: 'Ukjent', Ansvarlig: VELFERD },
    },
    { ID: 'I-003', Seksjon: S, Prioritet: 3, 'Ref.': '10', Tiltak: 'Omsorgsboliger', Kostnadsstatus: 'Må utredes' },
    // row 5 — audit figures: 1 granted before, 1,5 + 2,5 in the period; VAT at exactly 20 %
    {
      ...{ ID: 'I-004', Seksjon: S, Prioritet: 4, Tiltak: 'Utbedring av omsorgsboliger', Kostnadsstatus: 'Beregnet' },
      ...{ Prosjektnr: 'P-30', Formål: 'Omsorgsbolig', Kostnadsramme: 5, 'Tidligere bevilget': 1, 2027: 1.5 },
      ...{ 2028: 2.5, 'Mva-kompensasjon': 1, Tilskudd: 1.5, Lån: 2.5 },
      ...{ Ansvarlig: VELFERD, 'Berørte planområder': HELSE, Rammeområde: 'R5' },
    },
  ],
  economyPlan: [
    // row 2..12
    {
      Del: 'Drift',
      Linjetype: 'Tiltak',
      Ref: 'D-001',
      Beskrivelse: 'Miljøteam',
      2027: 0.6,
      2028: 1.2,
      2029: 1.8,
      2030: 2.4,
    },
    {
      Del: 'Drift',
      Linjetype: 'Tiltak',
      Ref: 'D-002',
      Beskrivelse: 'Boligplan',
      2027: 0.05,
      2028: 0.05,
      2029: 0,
      2030: 0,
    },
    { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-005', 2027: 0.042, 2028: 0.058, 2029: 0.1, 2030: 0.1 },
    { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-006', 2027: 0.1, 2028: 0.2, 2029: 0.2, 2030: 0.2 },
    { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-008', 2027: 0.15, 2028: 0.05, 2029: 0.05, 2030: 0.05 },
    { Del: 'Drift', Linjetype: 'Ramme', Rammeområde: 'R1', 2027: 0.2, 2028: 0.2, 2029: 0.3, 2030: 0.3 },
    { Del: 'Investering', Linjetype: 'Tiltak', Ref: 'P-20', 2027: 3, 2028: 0, 2029: 0, 2030: 0 },
    { Del: 'Investering', Linjetype: 'Finansiering', Ref: 'P-20', Finansieringskilde: 'Lån', 2027: 3 },
    { Del: 'Investering', Linjetype: 'Tiltak', Ref: 'P-30', 2027: 1.5, 2028: 2.5, 2029: 0, 2030: 0 },
    { Del: 'Investering', Linjetype: 'Finansiering', Ref: 'P-30', Finansieringskilde: 'Tilskudd', 2027: 1.5 },
    { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-099', Beskrivelse: 'Kommunal bostøtte', 2027: 0.2, 2028: 0.2 },
  ],
};

export const LILLEHAMMER: SeedPlan = {
  unit: '1000 kr',
  settings: { Toleranse: 5, Plannavn: 'Boligsosialt utviklingsprogram Lillehammer' },
  operating: [
    // row 2 — salary 618 a year (309 is half a year), Husbanken 500, new money 118
    op('D-001', S, 1, '', 'Programkoordinator (lønn inkl. sosiale utgifter)', {
      Kostnadsstatus: 'Beregnet',
      ...{ 2027: 309, 2028: 618, 2029: 618, 2030: 618, Helårsvirkning: 618 },
      ...{ 'Annen finansiering': 500, 'Nye midler': 118 },
      ...{ Ansvarlig: VELFERD, 'Berørte planområder': 'NAV og sosiale tjenester', Rammeområde: 'R4' },
    }),
    // row 3
    op('D-002', S, 2, '', 'Skyss og kost, reiseutgifter', {
      Kostnadsstatus: 'Beregnet',
      ...{ 2027: 29, 2028: 29, 2029: 29, 2030: 29, Helårsvirkning: 29, 'Endret drift': 29 },
      ...{ Ansvarlig: BOKONTOR, 'Berørte planområder': 'NAV og sosiale tjenester', Rammeområde: 'R4' },
    }),
    // row 4
    op('D-003', S, 3, '', 'Konsulenttjenester (foranalysen)', {
      Type: 'Engangs',
      Kostnadsstatus: 'Beregnet',
      ...{ 2027: 284, 2028: 0, 2029: 0, 2030: 0, Helårsvirkning: 0, 'Annen finansiering': 284 },
      ...{ Ansvarlig: VELFERD, 'Berørte planområder': 'Areal og samfunnsutvikling' },
    }),
    // row 5
    op('D-004', O, 1, '', 'Utvidet kartlegging av boligsosiale behov blant ungdom i NAV', {
      Type: 'Engangs',
      Kostnadsstatus: 'Beregnet',
      ...{ 2027: 150, 'Nye midler': 150 },
      ...{
        Ansvarlig: NAV,
        'Berørte planområder': 'NAV og sosiale tjenester; Oppvekst og utdanning',
        Rammeområde: 'R4',
      },
    }),
    // rows 6–7
    op('D-005', O, 2, '', 'Ny prosedyre for å hindre utkastelse av kommunal bolig', {
      Kostnadsstatus: 'Ingen kostnad',
      Ansvarlig: BOKONTOR,
    }),
    op('D-006', O, 3, '', 'Digitalt kart over kommunal boligmasse', {
      Kostnadsstatus: 'Må utredes',
      Ansvarlig: BOKONTOR,
    }),
    // row 8 — two thirds new money, a third paid by the partner municipality
    op('D-007', O, 4, '', 'Booppfølging av rusmiddelavhengige', {
      Kostnadsstatus: 'Beregnet',
      ...{ 2027: 100, 2028: 200, 2029: 300, 2030: 300, Helårsvirkning: 300, 'Felles tiltak': 100, 'Nye midler': 200 },
      ...{ Ansvarlig: BOKONTOR, 'Berørte planområder': HELSE, Rammeområde: 'R3' },
    }),
  ],
  investment: [
    {
      ...{
        ID: 'I-001',
        Seksjon: S,
        Prioritet: 1,
        Tiltak: 'Kjøp av 2 utleieboliger for unge',
        Kostnadsstatus: 'Beregnet',
      },
      ...{ Prosjektnr: 7101, Formål: 'Utleiebolig', Kostnadsramme: 4000, 2027: 4000, Tilskudd: 800, Lån: 3200 },
      ...{ Ansvarlig: VELFERD, 'Berørte planområder': 'NAV og sosiale tjenester', Rammeområde: 'R5' },
    },
  ],
  economyPlan: [
    { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-001', 2027: 59, 2028: 118, 2029: 118, 2030: 118 },
    { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-004', 2027: 150, 2028: 0, 2029: 0, 2030: 0 },
    { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-007', 2027: 70, 2028: 130, 2029: 200, 2030: 200 },
    { Del: 'Drift', Linjetype: 'Ramme', Rammeområde: 'R4', 2027: 220, 2028: 110, 2029: 118, 2030: 115 },
    { Del: 'Investering', Linjetype: 'Tiltak', Ref: '7101', 2027: 4000, 2028: 0, 2029: 0, 2030: 0 },
    { Del: 'Investering', Linjetype: 'Finansiering', Ref: '7101', Finansieringskilde: 'Tilskudd', 2027: 600 },
    { Del: 'Investering', Linjetype: 'Finansiering', Ref: '7101', Finansieringskilde: 'Lån', 2027: 3200 },
    { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-006', 2027: 50, 2028: 50, 2029: 50, 2030: 50 },
  ],
};
