/**
 * The committed example workbooks are what their scripts make today (README's commands open them; a writer
 * change that the examples did not follow once left eksempel.xlsx with Sammendrag formulas SPEC §9 no longer
 * writes). Compared part by part, uncompressed. On failure, rebuild them with the scripts the message names.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { verdalMillKrContent, VERDAL_START_YEAR } from '../src/domain';
import { checkedExample, exampleContent, EXAMPLE_START_YEAR } from '../scripts/make-example';
import { makeKommune } from '../scripts/make-kommune';

const EXAMPLES = path.join(__dirname, '..', 'examples');

/** The parts that differ between two packages (added, gone or changed), by name. */
function differingParts(committed: Uint8Array, made: Uint8Array): string[] {
  const [a, b] = [unzipSync(committed), unzipSync(made)];
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return names.filter((n) => {
    const [x, y] = [a[n], b[n]];
    return !x || !y || Buffer.compare(Buffer.from(x), Buffer.from(y)) !== 0;
  });
}

const committed = (name: string): Uint8Array => readFileSync(path.join(EXAMPLES, name));

describe('the committed examples are what their scripts make', () => {
  it.each([
    ['eksempel.xlsx', 'scripts/make-example.ts', exampleContent, EXAMPLE_START_YEAR],
    ['verdal-mill-kr.xlsx', 'scripts/make-verdal-mill-kr.ts', verdalMillKrContent, VERDAL_START_YEAR],
  ] as const)('%s (npx tsx %s)', async (name, _script, content, startYear) => {
    const made = await (await checkedExample(content(), name, startYear)).toBuffer();
    expect(differingParts(committed(name), made)).toEqual([]);
  });

  it('kommune/ (npx tsx scripts/make-kommune.ts)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-kommune-'));
    try {
      const files = await makeKommune(dir);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const name = path.basename(file);
        expect({ name, parts: differingParts(committed(path.join('kommune', name)), readFileSync(file)) }).toEqual({
          name,
          parts: [],
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
