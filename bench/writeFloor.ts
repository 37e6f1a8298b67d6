/**
 * The floor under `cli.write_over_check`: what only making Avstemming's bytes costs, with every cell's text
 * already in hand. The 1 000-measure plan of write.ts is checked with --write; the rows of the Avstemming part
 * it wrote are taken back as ready strings (text, formula, value and attributes per cell), and then timed:
 * writing those rows as the sheet's XML straight into one buffer (no cell model, no styles looked up, no
 * explanation made: the cheapest shape measured), and deflating the result (native zlib, level 1, as the
 * product's zip does). Their sum against what the target leaves for all of a write's work beyond the check
 * (half the median `check` of the same file) says whether any writer of this Avstemming can meet it.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../src/cli/main';
import { START_YEAR } from './generate';
import { median, round, timeOnce } from './stats';
import { writeEnrichedPlan } from './write';

interface ReadyCell {
  readonly col: string;
  /** The attributes after r="…" as written (t="…", s="…"). */
  readonly attrs: string;
  /** The cell's inner XML after its reference: <is>…</is>, <f>…</f><v>…</v> or <v>…</v>, already escaped. */
  readonly inner: string;
}

/** The rows of a worksheet part as ready cells (the part the product wrote: one cell shape per cell). */
function readyRows(xml: string): ReadyCell[][] {
  const rows: ReadyCell[][] = [];
  for (const row of xml.matchAll(/<row [^>]*>(.*?)<\/row>/g)) {
    const cells: ReadyCell[] = [];
    for (const c of (row[1] ?? '').matchAll(/<c r="([A-Z]+)\d+"([^>]*)>(.*?)<\/c>/g))
      cells.push({ col: c[1] ?? '', attrs: c[2] ?? '', inner: c[3] ?? '' });
    rows.push(cells);
  }
  return rows;
}

/** The sheet data of `rows` written into one buffer, each row and cell with its reference. */
function writeRows(rows: readonly ReadyCell[][]): Buffer {
  const buf = Buffer.allocUnsafe(16 * 1024 * 1024);
  let at = 0;
  for (let r = 0; r < rows.length; r++) {
    const n = r + 1;
    let row = `<row r="${n}">`;
    for (const c of rows[r] ?? []) row += `<c r="${c.col}${n}"${c.attrs}>${c.inner}</c>`;
    at += buf.write(`${row}</row>`, at);
  }
  return buf.subarray(0, at);
}

export interface WriteFloor {
  readonly measures: number;
  readonly rows: number;
  readonly sheetKb: number;
  /** Median ms to write the ready rows as XML bytes. */
  readonly makeMs: number;
  /** Median ms to deflate them (level 1). */
  readonly deflateMs: number;
  readonly checkMs: number;
  /** What `cli.write_over_check` ≤ 1.5 leaves for everything a write does beyond the check: checkMs / 2. */
  readonly budgetMs: number;
}

export async function measureWriteFloor(measures: number, runs: number): Promise<WriteFloor> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tiltaksplan-bench-floor-'));
  try {
    const file = await writeEnrichedPlan(measures, dir);
    const out = path.join(dir, 'kontrollert.xlsx');
    const io = {
      stdout: () => undefined,
      stderr: () => undefined,
      isTTY: false,
      cwd: dir,
      currentYear: START_YEAR - 1,
    };
    if ((await main(['check', file, '--write', '--out', out], io)) > 1) throw new Error('check --write failed');
    const parts = unzipSync(new Uint8Array(await fs.readFile(out)));
    const sheet = Object.entries(parts)
      .filter(([name]) => name.startsWith('xl/worksheets/sheet'))
      .map(([, bytes]) => strFromU8(bytes))
      .find((xml) => xml.includes('<t>Forklaring</t>'));
    if (sheet === undefined) throw new Error('no Avstemming part in the written copy');
    const rows = readyRows(sheet);
    const make: number[] = [];
    const deflate: number[] = [];
    const check: number[] = [];
    let bytes = writeRows(rows);
    for (let i = 0; i < 3 + runs; i++) {
      const m = await timeOnce(() => (bytes = writeRows(rows)));
      const d = await timeOnce(() => deflateRawSync(bytes, { level: 1 }));
      const c = await timeOnce(() => main(['check', file], io));
      if (i < 3) continue;
      make.push(m);
      deflate.push(d);
      check.push(c);
    }
    const checkMs = median(check);
    return {
      measures,
      rows: rows.length,
      sheetKb: Math.round(bytes.length / 1024),
      makeMs: round(median(make)),
      deflateMs: round(median(deflate)),
      checkMs: round(checkMs),
      budgetMs: round(checkMs / 2),
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
