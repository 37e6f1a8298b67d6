/**
 * The roll's notes (src/i18n/roll.ts) for an investment with money in Etter perioden beside a new last year
 * of 0: the measure, its amount in the workbook unit and the year, in each language. Figures by hand.
 */
import { kr } from '../../src/domain';
import { rollNoteLines, type RollNotes } from '../../src/i18n/roll';

const notes = (unit: RollNotes['unit'], after: number): RollNotes => ({
  archiveSheet: 'Arkiv 2027–2030',
  finished: [],
  rescaled: [],
  afterPeriod: [{ id: 'I-003', after: kr(after), year: 2031 }],
  unknownBefore: [],
  unit,
  notCarried: [],
});

describe('a note per investment with money in Etter perioden', () => {
  it.each([
    [
      'nb',
      '1000 kr',
      500_000,
      'I-003 har 500 i Etter perioden; det nye året 2031 er 0. Flytt beløpet dit hvis det faller i 2031.',
    ],
    [
      'nn',
      '1000 kr',
      500_000,
      'I-003 har 500 i Etter perioden; det nye året 2031 er 0. Flytt beløpet dit dersom det fell i 2031.',
    ],
    [
      'en',
      '1000 kr',
      500_000,
      'I-003 has 500 in Etter perioden; the new year 2031 is 0. Move the amount there if it falls in 2031.',
    ],
  ] as const)('%s, %s', (lang, unit, after, line) => {
    expect(rollNoteLines(notes(unit, after), lang)).toEqual([line]);
  });

  it.each([
    // 1 250 000 kr is 1,25 mill kr and 1 250 000 kr (grouped with a space as the workbook shows it).
    ['mill kr', 1_250_000, /^I-003 har 1,25 i Etter perioden/],
    ['kr', 1_250_000, /^I-003 har 1[\s\u00a0\u202f]250[\s\u00a0\u202f]000 i Etter perioden/],
  ] as const)('shows the amount in the workbook unit (%s)', (unit, after, start) => {
    expect(rollNoteLines(notes(unit, after), 'nb')[0]).toMatch(start);
  });
});

describe('a note of cells not carried', () => {
  const cells = (range: string): RollNotes => ({
    ...notes('1000 kr', 0),
    afterPeriod: [],
    notCarried: [{ kind: 'cells', sheet: 'Innstillinger', range }],
  });

  it.each([
    ['A12:A12', 'Innstillinger!A12 '],
    ['A12:C14', 'Innstillinger!A12:C14 '],
  ])('names the range %s as %s (one cell as one cell, not A12:A12)', (range, shown) => {
    const [line] = rollNoteLines(cells(range), 'nb');
    expect(line).toContain(`cellene i ${shown}`);
  });
});

describe('a note per investment whose Tidligere bevilget stays «?»', () => {
  // «?» + 2 000 000 kr in 2027 (2 000 in 1000 kr): not added, Tidligere bevilget written «?».
  const unknown = (lang: 'nb' | 'nn' | 'en') =>
    rollNoteLines(
      {
        ...notes('1000 kr', 0),
        afterPeriod: [],
        unknownBefore: [
          {
            id: 'I-001',
            year: 2027,
            kept: '?',
            before: '?',
            first: kr(2_000_000),
            beforeCell: 'Tiltak investering!J2',
            firstCell: 'Tiltak investering!K2',
          },
        ],
      },
      lang,
    );

  it.each([
    [
      'nb',
      'Tidligere bevilget for I-001 står som «?»: «?» (Tiltak investering!J2) og 2\u00a0000 for 2027 (Tiltak investering!K2) kan ikke legges sammen før det ukjente beløpet er fylt inn. Begge står på arket «Arkiv 2027–2030».',
    ],
    [
      'nn',
      'Tidligere bevilget for I-001 står som «?»: «?» (Tiltak investering!J2) og 2\u00a0000 for 2027 (Tiltak investering!K2) kan ikkje leggjast saman før det ukjende beløpet er fylt inn. Begge står på arket «Arkiv 2027–2030».',
    ],
    [
      'en',
      'Tidligere bevilget of I-001 is written as "?": "?" (Tiltak investering!J2) and 2\u00a0000 for 2027 (Tiltak investering!K2) cannot be added until the unknown amount is filled in. Both are on the sheet "Arkiv 2027–2030".',
    ],
  ] as const)('%s', (lang, line) => {
    expect(unknown(lang).map((l) => l.replace(/[\s\u00a0\u202f]/g, ' '))).toEqual([line.replace(/\u00a0/g, ' ')]);
  });
});

describe('a workbook name among the references the roll names', () => {
  // DriftDyn = OFFSET(tblTiltakDrift[2027],0,1); DriftStart = OFFSET(Start,1,1); and a cell, Oversikt!B4.
  const named = (lang: 'nb' | 'nn' | 'en') =>
    rollNoteLines(
      {
        ...notes('1000 kr', 0),
        afterPeriod: [],
        staleRefs: [{ name: 'DriftDyn', ref: 'tblTiltakDrift[2027]', before: '2027', after: null }],
        unchecked: [{ cell: 'Oversikt!B4' }, { name: 'DriftStart' }],
      },
      lang,
    );

  it.each([
    [
      'nb',
      'Navnet DriftDyn: tblTiltakDrift[2027] viser til året 2027, som er tatt ut av tabellen ved rulleringen. Excel finner ikke kolonnen; kontroller og rett navnet under Formler › Navnebehandling.',
      '2 formler bruker INDIRECT eller OFFSET (Oversikt!B4; navnet DriftStart).',
    ],
    [
      'nn',
      'Namnet DriftDyn: tblTiltakDrift[2027] viser til året 2027, som er teke ut av tabellen ved rulleringa. Excel finn ikkje kolonnen; kontroller og rett namnet under Formler › Navnebehandling.',
      '2 formlar brukar INDIRECT eller OFFSET (Oversikt!B4; namnet DriftStart).',
    ],
    [
      'en',
      'The name DriftDyn: tblTiltakDrift[2027] refers to the year 2027, which the roll took out of the table. Excel finds no such column; check and correct the name in Formulas › Name Manager.',
      '2 formulas use INDIRECT or OFFSET (Oversikt!B4; the name DriftStart).',
    ],
  ] as const)('says «name» before a name, as it does for a chart or rule (%s)', (lang, gone, unchecked) => {
    const [first, second] = named(lang);
    expect(first).toBe(gone);
    expect(second?.startsWith(unchecked)).toBe(true);
  });
});

// Review (r8): the gone-year line of a name ended «kontroller og rett formelen», where the other name lines say
// «rett det»; a name is fixed in Formler › Navnebehandling, which each name line now says. A cell keeps «formelen».
describe('the year that left, read by a name, a sheet-local name or a cell', () => {
  const gone = { ref: 'tblTiltakDrift[2027]', before: '2027', after: null };
  const lines = (lang: 'nb' | 'nn' | 'en') =>
    rollNoteLines(
      {
        ...notes('1000 kr', 0),
        afterPeriod: [],
        staleRefs: [
          { ...gone, name: 'DriftDyn' },
          { ...gone, place: { kind: 'localName', sheet: 'Oversikt', name: 'Lokal' } },
          { ...gone, cell: 'Oversikt!B4' },
          { name: 'Start', ref: 'tblTiltakDrift[2028]', before: '2028', after: '2029' },
        ],
      },
      lang,
    );

  it.each([
    ['nb', 'kontroller og rett navnet under Formler › Navnebehandling.', 'kontroller og rett formelen.'],
    ['nn', 'kontroller og rett namnet under Formler › Navnebehandling.', 'kontroller og rett formelen.'],
    ['en', 'check and correct the name in Formulas › Name Manager.', 'check and correct the formula.'],
  ] as const)('%s: a name is fixed in Name Manager, a cell formula where it stands', (lang, name, cell) => {
    const [global, local, formula, stale] = lines(lang);
    expect(global?.endsWith(name)).toBe(true);
    expect(local?.endsWith(name)).toBe(true);
    expect(local).toContain('Oversikt');
    expect(formula?.startsWith('Oversikt!B4: ')).toBe(true);
    expect(formula?.endsWith(cell)).toBe(true);
    expect(stale?.endsWith(lang === 'en' ? 'in Formulas › Name Manager.' : 'under Formler › Navnebehandling.')).toBe(
      true,
    );
  });
});
