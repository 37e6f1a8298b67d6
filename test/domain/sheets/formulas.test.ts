import {
  cellLink,
  cellLinkInput,
  equalsCriterion,
  listMemberCriteria,
  sheetPrefix,
  structuredColumn,
  sumYearsCalculated,
  sumYearsRowFormula,
  sumifs,
  tableColumnRef,
  wholeColumn,
} from '../../../src/domain/sheets/formulas';
import { criterionMatches } from '../../helpers/evalFormula';

const unquote = (literal: string) => literal.slice(1, -1).replace(/""/g, '"');

describe('formulas', () => {
  it.each([
    ['Innstillinger', 'Innstillinger!'],
    ['Tiltak drift', "'Tiltak drift'!"],
    ['Økonomiplan', "'Økonomiplan'!"],
    ["Bob's", "'Bob''s'!"],
  ])('prefixes sheet %s as %s', (sheet, prefix) => {
    expect(sheetPrefix(sheet)).toBe(prefix);
  });

  it.each([
    ['tblSeksjoner', 'Seksjon', 'tblSeksjoner[Seksjon]'],
    ['tblPlanomrader', 'Planområde', 'tblPlanomrader[Planområde]'],
    ['tblX', "Nr. [#1] O'Hara", "tblX[Nr. '['#1'] O''Hara]"],
  ])('refers to column %s[%s] as %s', (table, header, ref) => {
    expect(tableColumnRef(table, header)).toBe(ref);
  });

  it.each([
    ['Tiltak drift!H2', `HYPERLINK("#'Tiltak drift'!H2","Tiltak drift!H2")`],
    ['Innstillinger!B3', `HYPERLINK("#'Innstillinger'!B3","Innstillinger!B3")`],
    ["'Bob''s \"plan\"'!C4", `HYPERLINK("#'Bob''s ""plan""'!C4","Bob's ""plan""!C4")`],
  ])('links %s as %s', (address, formula) => {
    expect(cellLink(address)).toBe(formula);
  });

  it.each([
    ['Tiltak drift!H2', 'Tiltak drift!H2'],
    // A second cell of a sheet already linked: its pieces are made once, the cell is each link's own.
    ['Tiltak drift!AB1048', 'Tiltak drift!AB1048'],
    ["'Økonomiplan'!G7", 'Økonomiplan!G7'],
    ["'Bob''s \"plan\"'!C4", 'Bob\'s "plan"!C4'],
    ["'Bob''s \"plan\"'!D5", 'Bob\'s "plan"!D5'],
  ])('caches the link to %s as the text it shows, %s', (address, shown) => {
    expect(cellLinkInput(address)).toEqual({ formula: cellLink(address), value: shown });
  });

  it('leaves the cell empty for an item without a compared cell', () => {
    expect(cellLinkInput(undefined)).toBeNull();
    expect(cellLinkInput('')).toBeNull();
  });

  it('builds whole-column SUMIFS', () => {
    const status = { range: wholeColumn('Tiltak drift', 'G'), criterion: '"Beregnet"' };
    expect(sumifs(wholeColumn('Tiltak drift', 'H'), [status])).toBe(
      "SUMIFS('Tiltak drift'!$H:$H,'Tiltak drift'!$G:$G,\"Beregnet\")",
    );
  });

  it.each([
    ['Samfunn og tjenester', '"=Samfunn og tjenester"'],
    ['<5 år', '"=<5 år"'],
    ['Hvem? *alle*', '"=Hvem~? ~*alle~*"'],
    ['Sitat "x"', '"=Sitat ""x"""'],
  ])('criterion for %s is %s and matches only the exact text', (text, literal) => {
    expect(equalsCriterion(text)).toBe(literal);
    expect(criterionMatches(unquote(literal), text)).toBe(true);
    expect(criterionMatches(unquote(literal), `${text}x`)).toBe(false);
  });

  it.each([
    ['Helse', true],
    ['Helse; Kultur', true],
    ['Kultur;Helse', true],
    ['Kultur; Helse', true],
    ['Kultur;Helse;Bolig', true],
    ['Kultur; Helse; Bolig', true],
    ['Folkehelse', false],
    ['Helsetjenester; Kultur', false],
    ['Kultur; Folkehelse', false],
    ['', false],
  ])('list member criteria for "Helse" match %p: %p, and at most one of them does', (cell, member) => {
    const hits = listMemberCriteria('Helse').filter((c) => criterionMatches(unquote(c), cell));
    expect(hits.length).toBe(member ? 1 : 0);
  });

  it('writes the per-row and the calculated Sum periode', () => {
    expect(sumYearsRowFormula('H', 'K', 5)).toBe('=SUM(H5:K5)');
    expect(sumYearsCalculated('tblTiltakDrift', [2027, 2028, 2029, 2030])).toBe(
      '=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])',
    );
  });

  it.each([
    ['2027', '2027'],
    ["Sum [kr] #1 'a'", "Sum '[kr'] '#1 ''a''"],
  ])('escapes a column name for a structured reference: %p → %p', (name, escaped) => {
    expect(structuredColumn(name)).toBe(escaped);
  });
});
