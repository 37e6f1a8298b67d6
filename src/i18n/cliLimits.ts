/**
 * Why a file cannot be read as a workbook (the file adapter's reasons, its limits among them), for the command
 * line and the pane alike. Spread into the catalogues of cli.ts; the pane's unreadable.ts uses these alone, so
 * that the command line's other strings stay out of the pane's entry bundle.
 */

export const FILE_TEXTS = {
  nb: {
    'reason.missing': 'filen finnes ikke; kontroller navnet og mappen',
    'reason.not-a-file': 'ikke en fil (kanskje en mappe); oppgi en .xlsx-fil',
    'reason.not-zip': 'ikke en .xlsx-fil (ikke en zip-pakke); åpne den i Excel og lagre den som .xlsx',
    'reason.not-xlsx': 'ikke en Excel-arbeidsbok (.xlsx); åpne den i Excel og lagre den som .xlsx',
    'reason.office-document':
      'et Word- eller PowerPoint-dokument, ikke en Excel-arbeidsbok; velg arbeidsboken med planen',
    'reason.opendocument':
      'et OpenDocument-regneark (.ods), ikke en Excel-arbeidsbok; åpne det i LibreOffice og velg Fil → Lagre som → Excel 2007-365 (.xlsx)',
    'reason.encrypted': 'arbeidsboken er beskyttet med passord; lagre en kopi uten passord i Excel',
    'reason.old-xls': 'gammelt .xls-format; lagre den som .xlsx i Excel',
    'reason.xlsb':
      'en binær Excel-arbeidsbok (.xlsb), som Tiltaksplan ikke leser; åpne den i Excel og lagre den som «Excel-arbeidsbok (*.xlsx)» (Fil → Lagre som)',
    'reason.corrupt': 'arbeidsboken er skadet; åpne den i Excel og lagre den på nytt',
    'reason.beta-format':
      'arbeidsboken er lagret i formatet til en testutgave av Excel 2007, fra før formatet ble standard; lagre den som «Excel-arbeidsbok (*.xlsx)» i en nyere Excel, eller kopier innholdet over i en ny arbeidsbok',
    'reason.empty': 'filen er tom (0 byte); velg filen med planen',
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
    'reason.missing': 'fila finst ikkje; kontroller namnet og mappa',
    'reason.not-a-file': 'ikkje ei fil (kanskje ei mappe); oppgi ei .xlsx-fil',
    'reason.not-zip': 'ikkje ei .xlsx-fil (ikkje ein zip-pakke); opne ho i Excel og lagre ho som .xlsx',
    'reason.not-xlsx': 'ikkje ei Excel-arbeidsbok (.xlsx); opne ho i Excel og lagre ho som .xlsx',
    'reason.office-document':
      'eit Word- eller PowerPoint-dokument, ikkje ei Excel-arbeidsbok; vel arbeidsboka med planen',
    'reason.opendocument':
      'eit OpenDocument-rekneark (.ods), ikkje ei Excel-arbeidsbok; opne det i LibreOffice og vel Fil → Lagre som → Excel 2007-365 (.xlsx)',
    'reason.encrypted': 'arbeidsboka er verna med passord; lagre ein kopi utan passord i Excel',
    'reason.old-xls': 'gammalt .xls-format; lagre ho som .xlsx i Excel',
    'reason.xlsb':
      'ei binær Excel-arbeidsbok (.xlsb), som Tiltaksplan ikkje les; opne ho i Excel og lagre ho som «Excel-arbeidsbok (*.xlsx)» (Fil → Lagre som)',
    'reason.corrupt': 'arbeidsboka er skadd; opne ho i Excel og lagre ho på nytt',
    'reason.beta-format':
      'arbeidsboka er lagra i formatet til ei testutgåve av Excel 2007, frå før formatet vart standard; lagre ho som «Excel-arbeidsbok (*.xlsx)» i ein nyare Excel, eller kopier innhaldet over i ei ny arbeidsbok',
    'reason.empty': 'fila er tom (0 byte); vel fila med planen',
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
    'reason.missing': 'no such file; check the name and the folder',
    'reason.not-a-file': 'not a file (perhaps a folder); give an .xlsx file',
    'reason.not-zip': 'not an .xlsx file (not a zip package); open it in Excel and save it as .xlsx',
    'reason.not-xlsx': 'not an Excel workbook (.xlsx); open it in Excel and save it as .xlsx',
    'reason.office-document': 'a Word or PowerPoint document, not an Excel workbook; choose the workbook with the plan',
    'reason.opendocument':
      'an OpenDocument spreadsheet (.ods), not an Excel workbook; open it in LibreOffice and choose File → Save As → Excel 2007-365 (.xlsx)',
    'reason.encrypted': 'the workbook is protected with a password; save a copy without a password in Excel',
    'reason.old-xls': 'old .xls format; save it as .xlsx in Excel',
    'reason.xlsb':
      'an Excel binary workbook (.xlsb), which Tiltaksplan does not read; open it in Excel and save it as "Excel Workbook (*.xlsx)" (File → Save As)',
    'reason.corrupt': 'the workbook is damaged; open it in Excel and save it again',
    'reason.beta-format':
      'the workbook is saved in the format of a test release of Excel 2007, from before the format was standardised; save it as "Excel Workbook (*.xlsx)" in a newer Excel, or copy its contents into a new workbook',
    'reason.empty': 'the file is empty (0 bytes); choose the file that holds the plan',
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
