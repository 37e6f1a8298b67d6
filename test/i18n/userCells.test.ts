import { blockedText, downloadLeftText } from '../../src/i18n/userCells';

const cells = (n: number) => Array.from({ length: n }, (_, i) => ({ sheet: 'Avstemming', cell: `A${i + 10}` }));

describe('blockedText', () => {
  it.each([
    ['nb', 1, 'Ingenting er skrevet: Avstemming!A10 har innhold som ikke er Tiltaksplans'],
    ['nn', 2, 'Ingenting er skrive: Avstemming!A10, Avstemming!A11 har innhald som ikkje er Tiltaksplans'],
    ['en', 5, 'Nothing written: Avstemming!A10, Avstemming!A11, Avstemming!A12 and 2 more cells holds content'],
  ] as const)('%s names the first cells, then how many more (%i)', (lang, n, start) => {
    expect(blockedText(cells(n), lang).startsWith(start)).toBe(true);
  });
});

describe('blockedText and a column the user inserted between two of the product’s', () => {
  const column = { table: 'tblAvstemming', column: 'L', header: 'Saksbehandler', last: 'Kommentar' };
  const inserted = ['L1', 'L2', 'L3'].map((cell) => ({ sheet: 'Avstemming', cell, inserted: column }));

  it('names the column once (not its three cells), its table and sheet, and the column to move it right of', () => {
    const text = blockedText(inserted, 'nb');
    expect(text.match(/Saksbehandler/g)).toHaveLength(1);
    for (const named of ['kolonne L', '«Avstemming»', 'tblAvstemming', '«Kommentar»']) expect(text).toContain(named);
    expect(text).not.toContain('L2');
  });

  it('names another cell in the way besides, as before', () => {
    const text = blockedText([...inserted, { sheet: 'Avstemming', cell: 'A10' }], 'en');
    expect(text).toContain('"Saksbehandler"');
    expect(text).toContain('Avstemming!A10 holds content');
  });
});

describe('downloadLeftText (the plain browser downloads without the sheets a user cell stands in)', () => {
  it('names each sheet left as it was once, and the cells', () => {
    const blocked = [
      { sheet: 'Sammendrag', cell: 'A66' },
      { sheet: 'Sammendrag', cell: 'A67' },
      { sheet: 'Avstemming', cell: 'A60' },
    ];
    expect(downloadLeftText(blocked, 'nb')).toBe(
      'Arbeidsboken er lastet ned, men «Sammendrag» og «Avstemming» er ikke skrevet på nytt og står som før: ' +
        'Sammendrag!A66, Sammendrag!A67, Avstemming!A60 har innhold som ikke er Tiltaksplans, der Tiltaksplan måtte ' +
        'skrive. Flytt innholdet og last ned på nytt.',
    );
    expect(downloadLeftText(blocked.slice(0, 1), 'en')).toContain('without writing "Sammendrag" anew');
  });

  it('three sheets: commas, then «og» before the last (not «og» between each)', () => {
    const blocked = ['Sammendrag', 'Avstemming', 'Tiltak drift'].map((sheet) => ({ sheet, cell: 'A60' }));
    expect(downloadLeftText(blocked, 'nb')).toContain(
      'men «Sammendrag», «Avstemming» og «Tiltak drift» er ikke skrevet på nytt',
    );
    expect(downloadLeftText(blocked, 'en')).toContain(
      'without writing "Sammendrag", "Avstemming" and "Tiltak drift" anew',
    );
  });
});
