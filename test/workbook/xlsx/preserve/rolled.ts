/**
 * A roll forward of a plan's bytes on the file path, as the preserve tests run it (SPEC §11: what the roll leaves
 * byte for byte): `roll plan<ext> --out rullert<ext>` in a fresh folder, on 2027-01-15.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../../src/cli/main';
import { testIo } from '../../../cli/testIo';

/** The plan before and the rolled workbook after, what the roll printed, its folder and the rolled file's name. */
export interface Rolled {
  readonly before: Uint8Array;
  readonly after: Uint8Array;
  readonly stdout: string;
  readonly dir: string;
  readonly file: string;
}

/** Rolls `before` (saved as plan<ext>); the roll must succeed and say nothing on stderr. */
export async function rollBytes(before: Uint8Array, ext: '.xlsx' | '.xlsm' = '.xlsx'): Promise<Rolled> {
  const io = testIo();
  writeFileSync(path.join(io.cwd, `plan${ext}`), before);
  const code = await main(['roll', `plan${ext}`, '--out', `rullert${ext}`], { ...io, today: '2027-01-15' });
  expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
  const after = new Uint8Array(readFileSync(path.join(io.cwd, `rullert${ext}`)));
  return { before, after, stdout: io.out(), dir: io.cwd, file: `rullert${ext}` };
}
