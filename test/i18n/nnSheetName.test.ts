/**
 * Nynorsk names the sheet Sammendrag by its name, which stays bokmål (the product's sheets have one name in every
 * language), but says so: «arket Sammendrag», «arka Sammendrag og Avstemming». Bare, as a noun («talde ein gong til
 * i Sammendrag»), it reads as a misspelt «samandrag» next to nynorsk prose — and on the sheet itself, whose title
 * in nynorsk is «Samandrag» (i18n/sheets.ts), as a second word for the same thing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SUMMARY_NN } from '../../src/i18n/sheets';

const I18N = path.join(__dirname, '..', '..', 'src', 'i18n');

/** Each «Sammendrag» in `text` with the word before it, when that word does not say it is a sheet. */
function bare(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(\S*)\s*Sammendrag/g)) {
    const before = (m[1] ?? '').toLowerCase();
    if (!['arket', 'arka'].includes(before) && !before.endsWith('«')) out.push(m[0]);
  }
  return out;
}

describe('nynorsk texts name the sheet Sammendrag as a sheet', () => {
  const files = readdirSync(I18N).filter((f) => f.endsWith('.nn.ts'));

  it.each(files)('%s', (file) => {
    expect(bare(readFileSync(path.join(I18N, file), 'utf8'))).toEqual([]);
  });

  it('on the Samandrag sheet itself (the nynorsk words written there)', () => {
    expect(Object.values(SUMMARY_NN).flatMap((v) => (typeof v === 'string' ? bare(v) : []))).toEqual([]);
  });
});
