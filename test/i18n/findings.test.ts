import { makeFinding } from '../../src/domain/model/finding';
import { formatAmount, formatNumber } from '../../src/domain/model/norwegianNumber';
import { readPlan } from '../../src/domain/read/plan';
import { SEVERITY } from '../../src/domain/model/finding';
import type { Finding, FindingCode } from '../../src/domain/model/finding';
import { kr, type Unit } from '../../src/domain/model/money';
import type { Lang } from '../../src/domain/model/report';
import { validatePlan } from '../../src/domain/validate/plan';
import { findingKey } from '../../src/i18n/findingKeys';
import { FINDING_CATALOG, renderFinding } from '../../src/i18n/findings';
import { LANGS } from '../../src/i18n/lang';
import { placeholdersOf } from '../../src/i18n/translate';
import { line, makeInvestment, makeOperating, makePlan, th } from '../helpers/plan';
import { canonicalSnapshot, withoutSheet } from '../helpers/workbook';

const ALL_CODES = Object.keys(SEVERITY) as FindingCode[];
const UNITS: Unit[] = ['kr', '1000 kr', 'mill kr'];
const UNFILLED = /\{\w+\}/;

/** Plans that between them break every rule of the validator. */
function validatorFindings(): Finding[] {
  const op = makeOperating;
  const inv = makeInvestment;
  const plans = [
    makePlan({
      planRefs: ['1'],
      operating: [
        op({ id: '', section: '', priority: null, measure: '', costStatus: '', responsible: '', areas: [], ref: '9' }),
        op({ row: 3, id: 'D-002', section: 'X', priority: 0.5, costStatus: 'Kanskje', areas: ['Kultur'], frame: 'R9' }),
        op({
          row: 4,
          id: 'D-003',
          priority: 3,
          measure: 'Utvidelse '.repeat(26),
          finNew: th(2000),
          years: [th(600), th(2500), th(1800), th(2000)],
        }),
        op({ row: 5, id: 'D-004', priority: 3, kind: 'Engangs', frame: '', finNew: th(2.4) }),
        op({
          row: 6,
          id: 'D-005',
          section: 'Organisasjon',
          kind: 'Engangs',
          fullYear: null,
          years: [th(-100), null, null, null],
          finNew: th(100),
          finReallocation: th(-200),
        }),
        op({
          row: 7,
          id: 'D-006',
          section: 'Organisasjon',
          priority: 2,
          years: [null, null, null, null],
          fullYear: null,
          finNew: null,
          kind: 'Permanent',
        }),
        // Nye midler 100 kr over a base of 2 400 000: 25, 50, 75 and 100 kr a year, 250 in all → 0 at 1 000 kr.
        op({
          row: 8,
          id: 'D-007',
          section: 'Organisasjon',
          priority: 3,
          finNew: th(0.1),
          finReallocation: th(2399.9),
        }),
      ],
      investment: [
        inv({ id: 'D-002', purpose: 'Utleiebolig', years: [th(1), null, null, null], finLoan: th(1) }),
        inv({ row: 3, id: 'I-002', priority: 2, finVat: th(900), project: '', budget: th(50) }),
        inv({
          row: 4,
          id: 'I-003',
          priority: 3,
          budget: th(3000),
          years: [th(3000), null, null, null],
          finVat: null,
          finGrant: null,
          finLoan: th(3),
        }),
        inv({ row: 5, id: 'I-004', priority: 4, budget: th(3), finVat: null, finGrant: null, finLoan: th(3000) }),
        inv({ row: 6, id: 'I-005', priority: 5, costStatus: 'Må utredes', purpose: 'Utleie' }),
      ],
      // frame-invalid on an economy plan line (reason economy-plan-line): «R 3» is no code of the list.
      economyPlan: [line({ row: 2, type: 'Ramme', frame: 'R 3', years: [500, 500, 500, 500] })],
    }),
  ];
  return plans.flatMap(validatePlan);
}

/** Findings as the reader makes them: read from real snapshots, plus the structure codes it builds by hand. */
function readerFindings(): Finding[] {
  // Prioritet stored as text: priority-text.
  const row = { ID: 'D-001', Seksjon: 'Samfunn og tjenester', Prioritet: '1', Tiltak: 'T', Kostnadsstatus: 'Beregnet' };
  const wb = canonicalSnapshot({
    operating: [{ ...row, '2027': 'abc', '2028': '2,4', '2029': '----', '2030': 2.4 }],
    settings: { 'Antall planår': 2 },
    lists: { sections: [] },
  });
  const read = readPlan(withoutSheet(wb, 'Økonomiplan'), { defaultStartYear: 2027 }).findings;
  // economy-plan-line-invalid, each variant: Del empty, Del misspelled, Linjetype misspelled, Linjetype empty.
  const economyPlan = [
    { Del: '', Linjetype: 'Tiltak', Ref: 'X-1', '2027': 50 },
    { Del: 'Drfit', Linjetype: 'Tiltak', Ref: 'X-2', '2027': 50 },
    { Del: 'Drift', Linjetype: 'Tilltak', Ref: 'X-3', '2027': 50 },
    { Del: 'Drift', Linjetype: '', Ref: 'X-4', '2027': 50 },
  ];
  const economyRead = readPlan(canonicalSnapshot({ economyPlan }), { defaultStartYear: 2027 }).findings;
  const lines = economyRead.filter((f) => f.code === 'economy-plan-line-invalid');
  // Only 2027 typed on the lines: 2028–2030 have no amount on any line (economy-plan-year-empty, one per year).
  const emptyYears = economyRead.filter((f) => f.code === 'economy-plan-year-empty');
  expect(emptyYears.map((f) => f.params.year)).toEqual([2028, 2029, 2030]);
  expect(lines.map((f) => f.params.reason ?? 'type-unknown')).toEqual([
    'part-missing',
    'part-unknown',
    'type-unknown',
    'type-missing',
  ]);
  const byHand = [
    makeFinding('column-missing', 'Tiltak drift', 'A1', { column: 'Nye midler' }),
    makeFinding('column-duplicate', 'Tiltak drift', 'V1', { column: 'Tiltak' }),
    makeFinding('year-columns', 'Tiltak drift', 'H1', { expected: '2027, 2028, 2029, 2030', found: '2026, 2027' }),
    makeFinding('economy-plan-unused-year-columns', 'Økonomiplan', 'H1', { expected: '2027, 2028, 2029, 2030' }),
    makeFinding('formula-overwritten', 'Tiltak drift', 'L2', { column: 'Sum periode', value: '6000' }, 'D-001'),
    makeFinding('table-empty', 'Tiltak investering', 'A1', { table: 'tblTiltakInvestering' }),
    makeFinding('row-below-table', 'Tiltak drift', 'A13', { table: 'tblTiltakDrift', row: 13 }),
    makeFinding('note-in-table', 'Tiltak drift', 'A13', {
      table: 'tblTiltakDrift',
      row: 13,
      column: 'ID',
      text: 'Merknad: tallene er foreløpige',
    }),
    makeFinding('list-value-too-long', 'Innstillinger', 'A3', { list: 'tblSeksjoner', length: 312, max: 255 }),
    makeFinding('frame-code-missing', 'Innstillinger', 'H3', { name: 'Helse' }),
    makeFinding('setting-duplicate', 'Innstillinger', 'B9', {
      setting: 'Beløpsenhet',
      firstCell: 'B4',
      used: '1000 kr',
    }),
    makeFinding('setting-duplicate', 'Innstillinger', 'B9', {
      setting: 'Plannavn',
      firstCell: 'B8',
      used: '',
      reason: 'empty',
    }),
    // The consolidation's (domain/consolidate/economyWorkbook.ts), each variant.
    makeFinding('economy-period-unstated', 'Innstillinger', 'A1', { years: '2028–2031' }),
    makeFinding('economy-period-unstated', 'Innstillinger', 'A1', {
      years: '2027–2030',
      planYears: '2028–2031',
      reason: 'columns',
    }),
  ];
  return [...read, ...lines, ...emptyYears, ...byHand];
}

describe('finding catalogue', () => {
  it.each(LANGS)('%s has a non-empty message for every FindingCode', (lang) => {
    for (const code of ALL_CODES) expect(FINDING_CATALOG[lang][code].trim()).not.toBe('');
  });

  it.each(Object.keys(FINDING_CATALOG.nb))('%s uses the same placeholders in nb, nn and en', (key) => {
    const names = (lang: Lang) => placeholdersOf(FINDING_CATALOG[lang][key as keyof typeof FINDING_CATALOG.nb]).sort();
    expect(names('nn')).toEqual(names('nb'));
    expect(names('en')).toEqual(names('nb'));
  });
});

describe('renderFinding', () => {
  const validator = validatorFindings();
  const reader = readerFindings();

  it('the validator cases cover every row, status, operating and investment code', () => {
    const structure = [
      'sheet-missing',
      'column-missing',
      'column-duplicate',
      'year-columns',
      'economy-plan-unused-year-columns',
      'setting-invalid',
      'setting-duplicate',
      'economy-period-unstated',
      'list-empty',
      'list-value-too-long',
      'frame-code-missing',
      'formula-overwritten',
      'table-empty',
      'row-below-table',
      'note-in-table',
    ];
    const readerOnly = [
      'amount-invalid',
      'amount-precision',
      'amount-text',
      'amount-placeholder',
      'priority-text',
      'economy-plan-line-invalid',
      'economy-plan-year-empty',
    ];
    const expected = ALL_CODES.filter((c) => !structure.includes(c) && !readerOnly.includes(c));
    expect(new Set(validator.map((f) => f.code))).toEqual(new Set(expected));
  });

  it('the reader cases cover every structure and amount-cell code', () => {
    const codes = new Set([...validator, ...reader].map((f) => f.code));
    expect(ALL_CODES.filter((c) => !codes.has(c))).toEqual([]);
  });

  it.each(LANGS)('%s: every produced finding renders without an unfilled placeholder', (lang) => {
    for (const f of [...validator, ...reader]) {
      for (const unit of UNITS) {
        const text = renderFinding(f, lang, unit);
        expect({ code: f.code, text }).toEqual({ code: f.code, text: expect.not.stringMatching(UNFILLED) as unknown });
        expect(text.length).toBeGreaterThan(10);
        // An empty param never leaves empty quotes, and a table is named as the reader knows it.
        expect({ code: f.code, text }).toEqual({ code: f.code, text: expect.not.stringMatching(/«»|""|\btbl[A-Z]/) });
      }
    }
  });

  it.each([
    ['nb', 'Tiltaket har ingen ID. Gi det ID-en D-007, som ikke er brukt ennå.'],
    ['nn', 'Tiltaket har ingen ID. Gi det ID-en D-007, som ikkje er brukt enno.'],
    ['en', 'The measure has no ID. Give it the ID D-007, which is not in use yet.'],
  ] as const)('%s: id-missing offers the free ID it is given', (lang, expected) => {
    const f = makeFinding('id-missing', 'Tiltak drift', 'A3', { suggestion: 'D-007' });
    expect(renderFinding(f, lang, '1000 kr')).toBe(expected);
  });

  it.each([
    [
      'nb',
      'Beløpet 2,4 i «2027» har desimaler, men i enheten kr føres hele kroner (øre tas ikke med). Er det skrevet i en annen enhet, for eksempel 1000 kr eller mill kr? Ellers rund det av til hele kroner: 2.',
    ],
    [
      'nn',
      'Beløpet 2,4 i «2027» har desimalar, men i eininga kr blir det ført heile kroner (øre kjem ikkje med). Er det skrive i ei anna eining, til dømes 1000 kr eller mill kr? Elles rund det av til heile kroner: 2.',
    ],
    [
      'en',
      'The amount 2.4 in "2027" has decimals, but the unit kr takes whole kroner (no øre). Was it typed in another unit, such as 1000 kr or mill kr? Otherwise round it to whole kroner: 2.',
    ],
  ] as const)(
    '%s: amount-precision in a kr workbook says kroner are whole, not «more decimals than 0»',
    (lang, text) => {
      // 2,4 kr: 2 kroner 40 øre, which a plan does not carry; rounded half away from zero to whole kroner, 2.
      const f = makeFinding('amount-precision', 'Tiltak drift', 'H4', { column: '2027', value: 2.4, decimals: 0 });
      expect(renderFinding(f, lang, 'kr')).toBe(text);
    },
  );

  it('frame-invalid on an economy plan line names the value and the codes of the list', () => {
    const f = validator.find((x) => x.code === 'frame-invalid' && x.params.reason === 'economy-plan-line');
    expect(f).toMatchObject({ sheet: 'Økonomiplan', cell: 'D2' });
    expect(renderFinding(f as Finding, 'nb', '1000 kr')).toBe(
      'Økonomiplanlinjen viser til rammeområdet «R 3», som ikke finnes i listen over rammeområder (R1, R3), så ' +
        'linjen er ikke regnet med i noe rammeområde fra listen. Rett koden til en av dem.',
    );
  });

  it('an empty cost status reads as missing, not as «»', () => {
    const f = validator.find((x) => x.code === 'amounts-without-costing' && x.params.status === '');
    expect(f).toBeDefined();
    expect(renderFinding(f as Finding, 'nb', '1000 kr')).toMatch(/^Tiltaket har ingen kostnadsstatus, men «/);
  });

  it.each([
    ['nb', 'Fant ikke tabellen over driftstiltak på arket «Tiltak drift». Opprett den under Struktur'],
    [
      'nn',
      'Fann ikkje tabellen over driftstiltak på arket «Tiltak drift». Du kan opprette det som manglar under Struktur',
    ],
    ['en', 'Could not find the operating measures table on the sheet "Tiltak drift". Create it under Structure'],
  ] as const)('%s: a missing table is named for the reader and sends to the real button', (lang, start) => {
    const f = makeFinding('sheet-missing', 'Tiltak drift', 'A1', { table: 'tblTiltakDrift', sheet: 'Tiltak drift' });
    const text = renderFinding(f, lang, '1000 kr');
    expect(text.startsWith(start)).toBe(true);
    expect(text).toContain(lang === 'en' ? '"Show changes"' : lang === 'nn' ? '«Vis endringar»' : '«Vis endringer»');
  });

  // Nynorsk has three genders: «han» fits «tabellen» but not «seksjonslista» or «lista over planområde», so the
  // sentence names no pronoun for the table it did not find.
  it.each(['tblTiltakDrift', 'tblSeksjoner', 'tblPlanomrader'])('nn: a missing %s is not called «han»', (table) => {
    const f = makeFinding('sheet-missing', 'Innstillinger', 'A1', { table, sheet: 'Innstillinger' });
    const text = renderFinding(f, 'nn', '1000 kr');
    expect(text).toMatch(/^Fann ikkje (tabellen over driftstiltak|seksjonslista|lista over planområde) på arket/);
    expect(text).not.toMatch(/(?<![\wæøå])(han|ho|den)(?![\wæøå])/);
  });

  it('unit-suspect (Verdal 6.2) shows both amounts in the unit and the unit it was probably typed in', () => {
    const f = validator.find(
      (x) => x.code === 'unit-suspect' && x.params.side === 'financing' && x.params.rule === 'investment-financing-sum',
    );
    expect(f).toBeDefined();
    const text = renderFinding(f as Finding, 'nb', '1000 kr');
    expect(text).toContain(formatAmount(th(3000), '1000 kr'));
    expect(text).toContain('(3)');
    expect(text).toContain('mill kr');
  });

  // Review r7: a krone is 100 øre, so nothing is 1000 times smaller than kr to name. D-001 in a kr workbook:
  // Helårsvirkning 2 400 000, Nye midler 2 400 000 000; read as typed 1000 times too big, the financing / 1000 is
  // 2 400 000 (by hand). Read the other way round (the financing 1000 times too small), the years / 1000.
  it.each(LANGS.flatMap((lang) => (['base', 'financing'] as const).map((side) => [lang, side] as const)))(
    'unit-suspect in kr (%s, %s too small): names no unit below kr, says three zeros too many',
    (lang, side) => {
      const [small, big] = [kr(2_400_000), kr(2_400_000_000)];
      const f = makeFinding('unit-suspect', 'Tiltak drift', 'M2', {
        column: 'Helårsvirkning',
        ...(side === 'base' ? { expected: small, actual: big } : { expected: big, actual: small }),
        factor: 1000,
        side,
        from: small,
        proposed: big,
        otherFrom: big,
        otherProposed: small,
        rule: 'financing-sum',
        supported: 'none',
      });
      const text = renderFinding(f, lang, 'kr').replace(/\s/g, ' ');
      expect(text).not.toMatch(/(?<!\p{L})øre(?!\p{L})/u);
      expect(text).toContain(
        { nb: 'tre nuller for mye', nn: 'tre nullar for mykje', en: 'three zeros too many' }[lang],
      );
      expect(text).toContain('1000 kr');
      // In 1000 kr the smaller unit is kr, named as before.
      expect(renderFinding(f, lang, '1000 kr')).not.toContain({ nb: 'nuller', nn: 'nullar', en: 'zeros' }[lang]);
    },
  );

  it.each<[string, Finding, string]>([
    [
      'amount-precision',
      makeFinding('amount-precision', 'Tiltak drift', 'A2', { column: '2030', value: 2.4, decimals: 0 }),
      formatNumber(2.4),
    ],
    [
      'below-investment-threshold',
      makeFinding('below-investment-threshold', 'Tiltak drift', 'A2', { budget: kr(50_000), threshold: 100_000 }),
      formatNumber(100_000),
    ],
    [
      'financing-sum',
      makeFinding('financing-sum', 'Tiltak drift', 'A2', {
        column: 'Helårsvirkning',
        base: kr(2_400_000),
        financing: kr(2_000_000),
        difference: kr(-400_000),
      }),
      formatAmount(th(-400), '1000 kr'),
    ],
    [
      'year-exceeds-full-year',
      makeFinding('year-exceeds-full-year', 'Tiltak drift', 'A2', {
        year: 2029,
        cost: kr(2_500_000),
        fullYear: kr(2_400_000),
      }),
      '2029',
    ],
  ])('%s formats its params', (_code, finding, shown) => {
    expect(renderFinding(finding, 'nb', '1000 kr')).toContain(shown);
  });

  it.each([
    [
      'nb',
      'Innstillingen «Toleranse» står på flere rader. Bare raden i B7 leses, så planen bruker «0,5»; verdien på denne raden brukes ikke. Slett raden som ikke skal gjelde.',
    ],
    [
      'nn',
      'Innstillinga «Toleranse» står på fleire rader. Berre rada i B7 blir lesen, så planen brukar «0,5»; verdien på denne rada blir ikkje brukt. Slett rada som ikkje skal gjelde.',
    ],
    [
      'en',
      'The setting "Toleranse" is on more than one row. Only the row at B7 is read, so the plan uses "0.5"; the value on this row is not used. Delete the row that should not count.',
    ],
  ] as const)(
    '%s: setting-duplicate names the row read and the value used as the sheet states it',
    (lang, expected) => {
      // 0,5 mill kr (500 000 kr) stated in the sheet's unit, with the language's decimal sign and no grouping.
      const f = makeFinding('setting-duplicate', 'Innstillinger', 'B9', {
        setting: 'Toleranse',
        firstCell: 'B7',
        used: 0.5,
      });
      expect(renderFinding(f, lang, 'mill kr')).toBe(expected);
      const year = makeFinding('setting-duplicate', 'Innstillinger', 'B9', {
        setting: 'Første planår',
        firstCell: 'B2',
        used: 2027,
      });
      expect(renderFinding(year, lang, '1000 kr')).toContain('2027');
    },
  );

  it('quotes a long cell text cut short, never whole (a 1 MB cell is not a 1 MB message)', () => {
    const huge = '😀'.repeat(500_000);
    const text = renderFinding(
      makeFinding('amount-invalid', 'Tiltak drift', 'H2', { column: '2027', value: huge }),
      'nb',
      '1000 kr',
    );
    expect(text.length).toBeLessThan(400);
    expect(text).toContain(`${'😀'.repeat(79)}…`);
    const short = renderFinding(
      makeFinding('amount-invalid', 'Tiltak drift', 'H2', { column: '2027', value: 'x'.repeat(80) }),
      'nb',
      '1000 kr',
    );
    expect(short).toContain(`${'x'.repeat(80)}`);
    expect(short).not.toContain('…');
  });

  it.each([
    ['column-missing', { reason: 'header-empty' }, 'column-missing.header-empty'],
    ['column-missing', { reason: 'header-renamed' }, 'column-missing.header-renamed'],
    ['column-missing', {}, 'column-missing'],
    ['section-invalid', { reason: 'missing' }, 'section-invalid.missing'],
    ['section-invalid', { reason: 'unknown' }, 'section-invalid'],
    ['setting-invalid', { reason: 'missing' }, 'setting-invalid.missing'],
    ['setting-invalid', { reason: 'empty' }, 'setting-invalid.empty'],
    ['setting-invalid', {}, 'setting-invalid'],
    ['setting-duplicate', { reason: 'empty' }, 'setting-duplicate.empty'],
    ['setting-duplicate', {}, 'setting-duplicate'],
    ['priority-invalid', { reason: 'missing' }, 'priority-invalid.missing'],
    ['status-invalid', { reason: 'missing' }, 'status-invalid.missing'],
    ['amounts-without-costing', { reason: 'missing' }, 'amounts-without-costing.missing'],
    ['unit-suspect', { side: 'base' }, 'unit-suspect.base'],
    ['unit-suspect', { side: 'financing' }, 'unit-suspect'],
    ['financing-sum', {}, 'financing-sum'],
  ] as const)('findingKey(%s, %p) = %s', (code, params, key) => {
    expect(findingKey({ code, params })).toBe(key);
  });
});
