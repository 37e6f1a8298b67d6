/** Addresses as Excel returns them (pure: no Office calls here). */

/** "'Tiltak drift'!A1:T12" → "A1:T12" (Excel puts the sheet name in front of every address it returns). */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang < 0 ? address : address.slice(bang + 1);
}
