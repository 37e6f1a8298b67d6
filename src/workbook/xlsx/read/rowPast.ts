/**
 * Whether text read so far holds a whole <row> tag numbered past `lastRow` (rows come in order), so
 * that the rest of a sheet (a million rows of notes below a table) is neither inflated nor parsed.
 */
export function rowPast(lastRow: number): (text: string) => boolean {
  const ROW = /<(?:[\w.-]+:)?row\s[^>]*?\br="(\d+)"[^>]*>/g;
  // Rows come in order: the last whole row tag of the text read so far has the highest number.
  return (text) => {
    ROW.lastIndex = 0;
    let last = 0;
    for (let m = ROW.exec(text); m; m = ROW.exec(text)) last = Number(m[1]);
    return last > lastRow;
  };
}
