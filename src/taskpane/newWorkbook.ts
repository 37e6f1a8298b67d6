/**
 * Opening a built workbook as a new Excel window (the pane's roll forward): `Excel.createWorkbook` takes the whole
 * file as base64, one request, which Excel on the web refuses above 5 MB (SPEC §13) with an error that tells the
 * user nothing. A file whose base64 would pass NEW_WORKBOOK_LIMIT is refused before the call, in her words
 * (errors.ts): at 5 000 measures a rolled plan is some 2.6 MB of base64, at 10 000 over 5.
 */

/** The most base64 the pane hands to createWorkbook: the 4 MB SPEC §13 sizes requests for, under the 5 MB cap. */
export const NEW_WORKBOOK_LIMIT = 4_000_000;

/** A built workbook too large to open as a new workbook in Excel on the web; nothing was opened. */
export class NewWorkbookTooLarge extends Error {
  constructor(readonly base64Length: number) {
    super(`new workbook of ${base64Length} bytes of base64`);
    this.name = 'NewWorkbookTooLarge';
  }
}

/** Characters of the base64 of `bytes` bytes: four for every three, the last group padded. */
export const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** Opens `file` through `create` (Excel.createWorkbook) as base64, or refuses it above NEW_WORKBOOK_LIMIT. */
export async function openAsNewWorkbook(file: Uint8Array, create: (base64: string) => Promise<unknown>): Promise<void> {
  const length = base64Length(file.length);
  if (length > NEW_WORKBOOK_LIMIT) throw new NewWorkbookTooLarge(length);
  await create(toBase64(file));
}
