/**
 * A cell in another workbook than the one a text is about (SPEC §15: a plan reconciled against an economy plan
 * workbook, whose cells are not on the plan's own, unused Økonomiplan sheet). It is named with its file,
 * «op.xlsx: Økonomiplan!J6», in the report, on Avstemming and in the explanations alike: the form the economy plan's
 * own findings already had. (Excel's «[op.xlsx]Økonomiplan!J6» is formula syntax, and would want the sheet quoted.)
 */

/** The workbook an item's economy plan cells are in, and the sheet of its economy plan table. */
export interface OtherWorkbook {
  readonly file: string;
  readonly sheet: string;
}

/** ("op.xlsx", "Økonomiplan!J6") → "op.xlsx: Økonomiplan!J6". */
export function fileAddress(file: string, address: string): string {
  return `${file}: ${address}`;
}

/**
 * An economy plan cell as a text names it: as it is when it is in the plan's own workbook (`at` undefined), else
 * with its file, and with the sheet of the economy plan table when it came without one (a near miss's «C9»).
 */
export function addressIn(at: OtherWorkbook | undefined, address: string): string {
  if (at === undefined || address === '') return address;
  return fileAddress(at.file, address.includes('!') ? address : `${at.sheet}!${address}`);
}
