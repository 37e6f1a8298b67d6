import { utf8Pieces } from '../../../../src/workbook/xlsx/write/utf8';

const encoded = (text: string): number[] => Array.from(new TextEncoder().encode(text));

describe('utf8Pieces', () => {
  test('no pieces: no bytes', () => {
    expect(utf8Pieces([]).length).toBe(0);
  });

  test('a small part: its bytes, as the whole text encodes', () => {
    const pieces = ['<row r="1">', '<c><is><t>Økonomiplan – å</t></is></c>', '</row>'];
    expect(Array.from(utf8Pieces(pieces))).toEqual(encoded(pieces.join('')));
  });

  test('rows gathered past one encode and past one chunk (some 3 MB, æøå and a character outside the BMP)', () => {
    const pieces = Array.from({ length: 4000 }, (_, i) => `<row r="${i + 1}">${'Tiltak æøå 😀 '.repeat(60)}</row>`);
    const bytes = utf8Pieces(pieces);
    expect(bytes.length).toBe(encoded(pieces.join('')).length);
    expect(Buffer.from(bytes).toString('utf8')).toBe(pieces.join(''));
  });
});
