/**
 * The command line's texts about workbook files beyond cli.nb.ts, cli.nn.ts and cli.en.ts: why a file is refused past the
 * file adapter's limits. Spread into the catalogues of cli.ts.
 */

export const FILE_TEXTS = {
  nb: {
    'reason.too-large':
      'for stor: en del av arbeidsboken pakkes ut til mer enn 200 MB eller over 200 ganger sin størrelse (en zip-bombe?)',
    'reason.too-many-cells': 'for stor: arbeidsboken har mer enn 1 million utfylte celler på arkene som leses',
    'reason.too-many-cells-sheet':
      'for stor: arbeidsboken har mer enn 1 million utfylte celler på arkene som leses (grensen ble nådd på arket «{sheet}»)',
    'reason.corrupt-cell':
      'arbeidsboken er skadet: arket «{sheet}» har en celle {cell} utenfor arket (Excel har 1 048 576 rader og 16 384 kolonner); åpne den i Excel og lagre den på nytt',
    'reason.not-allowed': 'ikke tillatt: en del av arbeidsboken har en DOCTYPE-erklæring, som Excel aldri skriver',
  },
  nn: {
    'reason.too-large':
      'for stor: ein del av arbeidsboka blir pakka ut til meir enn 200 MB eller over 200 gonger storleiken sin (ei zip-bombe?)',
    'reason.too-many-cells': 'for stor: arbeidsboka har meir enn 1 million utfylte celler på arka som blir lesne',
    'reason.too-many-cells-sheet':
      'for stor: arbeidsboka har meir enn 1 million utfylte celler på arka som blir lesne (grensa vart nådd på arket «{sheet}»)',
    'reason.corrupt-cell':
      'arbeidsboka er skadd: arket «{sheet}» har ei celle {cell} utanfor arket (Excel har 1 048 576 rader og 16 384 kolonnar); opne ho i Excel og lagre ho på nytt',
    'reason.not-allowed': 'ikkje tillate: ein del av arbeidsboka har ei DOCTYPE-erklæring, som Excel aldri skriv',
  },
  en: {
    'reason.too-large':
      'too large: a part of the workbook inflates to more than 200 MB or over 200 times its size (a zip bomb?)',
    'reason.too-many-cells': 'too large: the workbook has more than 1 million filled cells on the sheets read',
    'reason.too-many-cells-sheet':
      'too large: the workbook has more than 1 million filled cells on the sheets read (the limit was reached on the sheet "{sheet}")',
    'reason.corrupt-cell':
      'the workbook is damaged: the sheet "{sheet}" has a cell {cell} outside the sheet (Excel has 1,048,576 rows and 16,384 columns); open it in Excel and save it again',
    'reason.not-allowed': 'not allowed: a part of the workbook declares a DOCTYPE, which Excel never writes',
  },
} as const;
