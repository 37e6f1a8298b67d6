/**
 * A part the check does not read may still refuse to be parsed when `check --write` edits it (Apache POI's
 * 54764-2.xlsx: a DOCTYPE with nested entities in [Content_Types].xml). The write is then refused like a file
 * that cannot be read — one line naming the file and the reason, exit 2, nothing written — never «uventet
 * feil»; and with several files, none is written when one is refused.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { testIo } from './testIo';

const CLEAN = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');
const BOMB = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;">]>';

/** The clean plan with a DOCTYPE in [Content_Types].xml, as 54764-2.xlsx has it. */
function withDoctype(): Uint8Array {
  const files = unzipSync(new Uint8Array(readFileSync(CLEAN)));
  const types = strFromU8(files['[Content_Types].xml'] ?? new Uint8Array());
  files['[Content_Types].xml'] = strToU8(types.replace(/^(<\?xml[^>]*\?>\s*)/, `$1${BOMB}`));
  return zipSync(files);
}

describe('check --write on a part that refuses to be parsed', () => {
  it('says the file cannot be read, exits 2 and writes nothing', async () => {
    const io = testIo();
    writeFileSync(path.join(io.cwd, 'plan.xlsx'), withDoctype());
    expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], io)).toBe(2);
    const reason = cliText('reason.not-allowed', 'nb');
    expect(io.err()).toContain(cliText('unreadable', 'nb', { file: 'plan.xlsx', reason }));
    expect(io.err()).not.toMatch(/uventet/);
    expect(io.files()).toEqual(['plan.xlsx']);
  });

  it('writes neither file when the second of two is refused', async () => {
    const io = testIo();
    copyFileSync(CLEAN, path.join(io.cwd, 'a.xlsx'));
    writeFileSync(path.join(io.cwd, 'b.xlsx'), withDoctype());
    expect(await main(['check', 'a.xlsx', 'b.xlsx', '--write'], io)).toBe(2);
    expect(io.err()).toContain('b.xlsx');
    expect(io.files()).toEqual(['a.xlsx', 'b.xlsx']);
  });
});
