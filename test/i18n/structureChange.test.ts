/**
 * The repair's preview in words (Struktur → «Vis endringer»): each change says what is made or changed and where;
 * the product's tables by the reader's term, a table of the user's by its own name, counts with their plural.
 */
import type { StructureChange } from '../../src/domain';
import { heldColumnText, structureChangeText } from '../../src/i18n/structureChange';

const change = (kind: StructureChange['kind'], sheet: string, target: string, detail: string): StructureChange => ({
  kind,
  sheet,
  target,
  detail,
});

describe('structureChangeText', () => {
  it.each<[StructureChange, string]>([
    [change('add-sheet', 'Økonomiplan', 'Økonomiplan', ''), 'Nytt ark «Økonomiplan».'],
    [
      change('add-table', 'Innstillinger', 'tblSeksjoner', 'M1'),
      'Lager seksjonslisten på arket «Innstillinger», fra celle M1.',
    ],
    [
      change('grow-table', 'Tiltak drift', 'tblTiltakDrift', 'A1:U4'),
      'Utvider tabellen over driftstiltak på arket «Tiltak drift» til A1:U4.',
    ],
    [
      change('grow-table', 'Drift 2027', 'DriftTabell', 'A1:U4'),
      'Utvider tabellen «DriftTabell» på arket «Drift 2027» til A1:U4.',
    ],
    [
      change('fix-header', 'Tiltak drift', 'Ref.', 'D1'),
      'Skriver overskriften «Ref.» inn igjen i D1 på arket «Tiltak drift».',
    ],
    [
      change('set-formula', 'Tiltak drift', 'Sum periode', '1'),
      'Skriver formelen i kolonnen «Sum periode» på arket «Tiltak drift» inn igjen i 1 celle.',
    ],
    [
      change('set-formula', 'Tiltak drift', 'Sum periode', '12'),
      'Skriver formelen i kolonnen «Sum periode» på arket «Tiltak drift» inn igjen i 12 celler.',
    ],
    [
      change('sum-years', 'Tiltak drift', 'Sum periode', '9'),
      'Gir kolonnen «Sum periode» på arket «Tiltak drift» en formel som summerer bare årskolonnene, i 9 celler: årskolonnene står ikke side om side i årsrekkefølge, og formelen som sto der, talte med en annen kolonne eller ikke med et år. Celler der du har skrevet et tall eller en egen formel, står som de er.',
    ],
  ])('%j in bokmål', (c, expected) => {
    expect(structureChangeText(c, 'nb')).toBe(expected);
  });

  it('in nynorsk and English too, with their own quotes', () => {
    const c = change('add-column', 'Tiltak drift', 'Rammeområde', 'U');
    expect(structureChangeText(c, 'nn')).toBe(
      'Legg til kolonnen «Rammeområde» i tabellen på arket «Tiltak drift» (kolonne U).',
    );
    expect(structureChangeText(c, 'en')).toBe(
      'Adds the column "Rammeområde" to the table on the sheet "Tiltak drift" (column U).',
    );
  });

  it('a column held back for her look-alike (docs/spec.md §11): rename hers first, in nn and en too', () => {
    const held = { sheet: 'Tiltak drift', cell: 'T1', header: 'Rammeområde', found: 'Budsjettområde' };
    expect(heldColumnText(held, 'nn')).toBe(
      'Kolonnen «Rammeområde» blir ikkje lagd til på arket «Tiltak drift»: kolonnen «Budsjettområde» i T1 har verdiane ' +
        'for «Rammeområde», og med ein ny, tom «Rammeområde» ville tiltaka bli lesne utan dei. Gi T1 overskrifta ' +
        '«Rammeområde» sjølv (Tiltaksplan skriv ikkje over overskrifta di), og førehandsvis på nytt.',
    );
    expect(heldColumnText(held, 'en')).toBe(
      'The column "Rammeområde" is not added on the sheet "Tiltak drift": the column "Budsjettområde" in T1 holds the ' +
        'values of "Rammeområde", and with a new, empty "Rammeområde" the measures would be read without them. Give T1 ' +
        'the header "Rammeområde" yourself (Tiltaksplan does not write over your header), and preview again.',
    );
  });
});
