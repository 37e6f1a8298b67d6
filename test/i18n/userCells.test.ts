import { addBlockedText, blockedText, downloadLeftText, repairBlockedText } from '../../src/i18n/userCells';

const cells = (n: number) => Array.from({ length: n }, (_, i) => ({ sheet: 'Avstemming', cell: `A${i + 10}` }));

describe('blockedText', () => {
  it.each([
    ['nb', 1, 'Ingenting er skrevet: Avstemming!A10 har innhold som ikke er Tiltaksplans'],
    ['nn', 2, 'Ingenting er skrive: Avstemming!A10, Avstemming!A11 har innhald som ikkje er Tiltaksplans'],
    ['en', 5, 'Nothing written: Avstemming!A10, Avstemming!A11, Avstemming!A12 and 2 more cells holds content'],
    ['nb', 4, 'Ingenting er skrevet: Avstemming!A10, Avstemming!A11, Avstemming!A12, Avstemming!A13 har innhold'],
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

describe('a range she merged where the product writes: named as a merge, not «har innhold»', () => {
  // By hand: her merge L5:M6 on Sammendrag, empty or holding her text, where the new block writes L6.
  const merge = { sheet: 'Sammendrag', cell: 'L5:M6', merged: { range: 'L5:M6', writes: 'L6' } };

  it.each([
    [
      'nb',
      'Ingenting er skrevet. Sammendrag!L5:M6 er slått sammen, og Tiltaksplan skal skrive i L6. Opphev sammenslåingen, og kjør igjen.',
    ],
    [
      'nn',
      'Ingenting er skrive. Sammendrag!L5:M6 er slått saman, og Tiltaksplan skal skrive i L6. Opphev samanslåinga, og køyr igjen.',
    ],
    [
      'en',
      'Nothing written. Sammendrag!L5:M6 is merged, and Tiltaksplan has to write in L6. Unmerge it, and run again.',
    ],
  ] as const)('%s', (lang, expected) => {
    expect(blockedText([merge], lang)).toBe(expected);
  });

  it('beside a cell with content: that cell as before, then the merge', () => {
    const text = blockedText([{ sheet: 'Avstemming', cell: 'A60' }, merge], 'nb');
    expect(text).toMatch(/^Ingenting er skrevet: Avstemming!A60 har innhold .* Sammendrag!L5:M6 er slått sammen/);
    expect(text).not.toContain('L5:M6 har innhold');
  });

  it('in the other refusals, each with its own «do it again»', () => {
    const cell = { sheet: 'Tiltak drift', cell: 'A13', merged: { range: 'A13:E13', writes: 'A13' } };
    expect(addBlockedText([cell], 'nb')).toBe(
      'Tiltaket kan ikke legges til ennå. Tiltak drift!A13:E13 er slått sammen, og Tiltaksplan skal skrive i A13. Opphev sammenslåingen, og legg til tiltaket på nytt.',
    );
    expect(repairBlockedText([cell], 'en')).toContain('Unmerge it, and preview again.');
    expect(downloadLeftText([merge], 'nb')).toBe(
      'Arbeidsboken er lastet ned, men «Sammendrag» er ikke skrevet på nytt og står som før. Sammendrag!L5:M6 er slått sammen, og Tiltaksplan skal skrive i L6. Opphev sammenslåingen, og last ned på nytt.',
    );
  });
});

describe('her note beside a row of an older Sammendrag that moves down (no Plannavn row)', () => {
  const note = { sheet: 'Sammendrag', cell: 'L12', rowMoves: { to: 'L13' } };

  it.each([
    [
      'nb',
      'Ingenting er skrevet. Sammendrag får en ny rad øverst (Plannavn), så radene under flyttes én rad ned. Merknaden din i Sammendrag!L12 ville da stå ved en annen rad. Sett inn en tom rad over rad 2 i Sammendrag, så følger merknaden raden sin (til L13), og kjør igjen.',
    ],
    [
      'nn',
      'Ingenting er skrive. Sammendrag får ei ny rad øvst (Plannavn), så radene under blir flytte éi rad ned. Merknaden din i Sammendrag!L12 ville då stå ved ei anna rad. Set inn ei tom rad over rad 2 i Sammendrag, så følgjer merknaden rada si (til L13), og køyr igjen.',
    ],
    [
      'en',
      'Nothing written. Sammendrag gets a new row at the top (Plannavn), so the rows below move one row down. Your note in Sammendrag!L12 would then stand beside another row. Insert an empty row above row 2 of Sammendrag, so that the note follows its row (to L13), and run again.',
    ],
  ] as const)('%s: one note, named with the cell beside the same row after the run', (lang, expected) => {
    expect(blockedText([note], lang)).toBe(expected);
  });

  it('several notes: named together (the first three, then how many more), the way out said once', () => {
    const notes = ['C5', 'B8', 'L10', 'L12'].map((cell) => ({ ...note, cell }));
    const text = blockedText(notes, 'nb');
    expect(text).toContain(
      'Merknadene dine i Sammendrag!C5, Sammendrag!B8, Sammendrag!L10, Sammendrag!L12 ville da stå ved andre rader.',
    );
    expect(text.match(/Sett inn en tom rad/g)).toHaveLength(1);
  });
});

describe('a line of the table typed right under it (row-below-table) in the way of a new measure (review r30)', () => {
  const rowBelow = { table: 'tblTiltakDrift', row: 13 };
  const row13 = ['A13', 'B13', 'E13'].map((cell) => ({ sheet: 'Tiltak drift', cell, rowBelow }));

  it.each([
    ['nb', 'rad 13 på arket «Tiltak drift» (A13:E13), rett under tabellen over driftstiltak', 'under Struktur'],
    ['nn', 'rad 13 på arket «Tiltak drift» (A13:E13), rett under tabellen over driftstiltak', 'under Struktur'],
    ['en', 'row 13 on the sheet "Tiltak drift" (A13:E13), right under the operating measures table', 'under Structure'],
  ] as const)('%s names the row, the table and where to take it in, not «move it»', (lang, row, where) => {
    const text = addBlockedText(row13, lang);
    expect(text).toContain(row);
    expect(text).toContain(where);
    expect(text).not.toMatch(/Flytt innhald|Flytt innhold|Move it/);
  });

  it('a cell of hers beside it in the same row is said as before', () => {
    const text = addBlockedText([...row13, { sheet: 'Tiltak drift', cell: 'W13' }], 'nb');
    expect(text).toContain('rad 13');
    expect(text).toContain('Tiltak drift!W13 har innhold som ikke er Tiltaksplans');
  });
});
