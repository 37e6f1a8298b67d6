/**
 * `tiltaksplan compare` of the example with its roll (docs/spec.md §14): the roll takes the finished one-offs
 * D-002 (Samfunn og tjenester, priority 2 of 1..5) and D-009 (Organisasjon, 4 of 1..6) out and numbers the rest
 * again: D-003 3 → 2, D-004 4 → 3, D-005 5 → 4, D-010 5 → 4, D-011 6 → 5, in the same order. Of the 10 changed
 * measures those 5 are only renumbered, and I-001, I-003 and I-005 only had their 2027 expenditure (3 000, 1 000,
 * 2 500 thousand; 3 000 + 1 000 + 2 500 = 6 500, the 2027 investment total) booked to Tidligere bevilget (0 → 3 000,
 * 1 000, 2 500). The other two, D-001 and D-007, like every costed measure, have amounts only in 2027 (the adopted
 * period) and 2031 (the rolled), listed apart as such. Nothing else changed: the text and HTML say so and list the
 * three groups apart; JSON keeps all 10 and marks the five renumbered. Three of the five renumbered, D-003 (350 in
 * 2027, 700 in 2031), D-005 (400, 800) and D-011 (200, 200), also have such amounts, so «bare nytt
 * prioritetsnummer» alone would be untrue: the sentence says «utenom at 3 av dem …», the heading has no «Bare».
 */
import { main } from '../../src/cli/main';
import type { CompareJson } from '../../src/report/compareJson';
import { testIo, type TestIo } from './testIo';

jest.setTimeout(30_000);

let dir: string;
const io = (): TestIo => testIo({ cwd: dir });
const part = (text: string, from: string, to: string): string => text.slice(text.indexOf(from), text.indexOf(to));
const RENUMBERED = ['D-003', 'D-004', 'D-005', 'D-010', 'D-011'];
const BOOKED = ['I-001', 'I-003', 'I-005'];

beforeAll(async () => {
  dir = testIo().cwd;
  expect(await main(['new', 'eksempel.xlsx', '--example', '--start', '2027'], io())).toBe(0);
  expect(await main(['roll', 'eksempel.xlsx', '--out', 'rullert.xlsx'], io())).toBe(0);
});

const compare = async (...args: string[]): Promise<string> => {
  const t = io();
  expect(await main(['compare', 'eksempel.xlsx', 'rullert.xlsx', ...args], t)).toBe(0);
  return t.out();
};

describe('tiltaksplan compare: priorities the roll numbered again', () => {
  it('text (nb): says 5 of the 10 are only renumbered and 3 only booked, none other, and lists them apart', async () => {
    const out = await compare();
    expect(out).toContain('Tiltak: 0 nye, 0 fjernet, 2 avsluttet, 10 endret.');
    expect(out).toContain(
      '5 av de 10 endrede tiltakene har bare fått nytt prioritetsnummer, utenom at 3 av dem også har beløp i år ' +
        'bare den ene versjonen har: seksjonen er nummerert på nytt, rekkefølgen er den samme. De står for seg etter ' +
        'de andre endringene.',
    );
    expect(out).not.toContain('Bare nytt prioritetsnummer');
    expect(out).toContain(
      '3 investeringer har bare fått utgiften i årene som gikk ut av perioden (2027) lagt til «Tidligere bevilget»',
    );
    const real = part(out, 'Endrede tiltak', 'Nytt prioritetsnummer (seksjonen nummerert på nytt)');
    expect(real).toContain('Ingen, utenom de som står for seg nedenfor.');
    for (const id of [...BOOKED, ...RENUMBERED, 'D-001', 'D-007']) expect(real).not.toContain(id);
    // Amounts with a no-break space (\s), as every amount of the report.
    const carried = part(
      out,
      'Bare utgiften fra årene som gikk ut, lagt til «Tidligere bevilget»',
      'Beløp i år bare den ene versjonen har\n',
    );
    expect(carried).toMatch(/I-001 .* 0 +3\s000 +\+3\s000\n/);
    expect(carried).toMatch(/I-003 .* 0 +1\s000 +\+1\s000\n/);
    expect(carried).toMatch(/I-005 .* 0 +2\s500 +\+2\s500\n/);
    const apart = part(out, 'Nytt prioritetsnummer (seksjonen nummerert på nytt)', 'Bare utgiften fra årene');
    // One line each: ID … section, before, now.
    expect(apart).toMatch(/D-003 .* Samfunn og tjenester +3 +2\n/);
    expect(apart).toMatch(/D-004 .* Samfunn og tjenester +4 +3\n/);
    expect(apart).toMatch(/D-005 .* Samfunn og tjenester +5 +4\n/);
    expect(apart).toMatch(/D-010 .* Organisasjon +5 +4\n/);
    expect(apart).toMatch(/D-011 .* Organisasjon +6 +5\n/);
    for (const id of BOOKED) expect(apart).not.toContain(id);
    expect(apart).toContain(
      'Prioriteten er det eneste som er endret, utenom beløp i år bare den ene versjonen har for 3 av tiltakene ' +
        '(beløpene står under «Beløp i år bare den ene versjonen har»), og tiltakene i seksjonen',
    );
    expect(carried).toContain(
      'Den utgiften står også under «Beløp i år bare den ene versjonen har», med «–» i den nyere versjonen.',
    );
    // The years one version only holds: 2027 as the example has it, 2031 at Helårsvirkning, «–» on the other side.
    expect(out).toContain(
      '8 tiltak har beløp i år bare den ene versjonen har (2027, 2031). De står for seg etter de andre endringene.',
    );
    const oneSided = part(out, 'Beløp i år bare den ene versjonen har\n', 'Summer per år');
    expect(oneSided).toMatch(/D-001 .* 2027 +600 +–\n +2031 +– +2\s400\n/);
    expect(oneSided).toMatch(/D-007 .* 2027 +150 +–\n +2031 +– +150\n/);
    expect(oneSided).toMatch(/I-001 .* 2027 +3\s000 +–\n/);
    expect(oneSided).toContain('Tomme celler, 0 og tekst som ikke er et beløp («?», «----») i slike år er ikke med.');
  });

  it('text (nb): D-003, renumbered 3 → 2, has its 2027 and 2031 amounts under the years of one version', async () => {
    const out = await compare();
    const renumbered = part(out, 'Nytt prioritetsnummer (seksjonen nummerert på nytt)', 'Bare utgiften fra årene');
    expect(renumbered).toMatch(/D-003 .* Samfunn og tjenester +3 +2\n/);
    const oneSided = part(out, 'Beløp i år bare den ene versjonen har\n', 'Summer per år');
    expect(oneSided).toMatch(/D-003 .* 2027 +350 +–\n +2031 +– +700\n/);
    expect(oneSided).toMatch(/D-005 .* 2027 +400 +–\n +2031 +– +800\n/);
    expect(oneSided).toMatch(/D-011 .* 2027 +200 +–\n +2031 +– +200\n/);
    // D-004 and D-010, the other two renumbered, have none: 3 of the 5, as the summary says.
    expect(oneSided).not.toMatch(/D-004|D-010/);
  });

  it('text (nn, en): the same, in their words', async () => {
    expect(await compare('--lang', 'nn')).toContain(
      '5 av dei 10 endra tiltaka har berre fått nytt prioritetsnummer, utanom at 3 av dei òg har beløp i år ' +
        'berre den eine versjonen har: seksjonen er nummerert på nytt',
    );
    const en = await compare('--lang', 'en');
    expect(en).toContain(
      '5 of the 10 changed measures only got a new priority number, except that 3 of them also have amounts in ' +
        'years only one version holds: their section was numbered anew',
    );
    expect(part(en, 'A new priority number (section numbered anew)', 'Totals')).toContain('D-011');
    expect(en).toContain('Empty cells, 0 and text that is no amount ("?", "----") in such years are left out.');
    expect(en).toContain('3 investments only had the expenditure of the years that left the period (2027) added');
  });

  it('HTML: the five and the three under headings of their own, after the (no) real changes', async () => {
    const html = await compare('--format', 'html');
    const heading = html.indexOf('Nytt prioritetsnummer (seksjonen nummerert på nytt)');
    expect(heading).toBeGreaterThan(html.indexOf('Endrede tiltak'));
    expect(html.indexOf('D-003', html.indexOf('Endrede tiltak'))).toBeGreaterThan(heading);
    expect(html.indexOf('I-005', html.indexOf('Endrede tiltak'))).toBeGreaterThan(
      html.indexOf('Bare utgiften fra årene som gikk ut, lagt til «Tidligere bevilget»'),
    );
  });

  it('JSON: all 10 changed as SPEC §14 lists them, the five marked "renumbered": true', async () => {
    const diff = JSON.parse(await compare('--format', 'json')) as CompareJson;
    expect(diff.measures.changed.map((c) => [c.id, c.renumbered ?? false])).toEqual([
      ['D-001', false],
      ...RENUMBERED.slice(0, 3).map((id) => [id, true]),
      ['D-007', false],
      ...RENUMBERED.slice(3).map((id) => [id, true]),
      ...BOOKED.map((id) => [id, false]),
    ]);
    expect(diff.measures.changed[1]?.changes).toEqual([
      { field: 'priority', old: 3, new: 2 },
      { field: '2027', old: 350_000, new: null, onlyIn: 'old' },
      { field: '2031', old: null, new: 700_000, onlyIn: 'new' },
    ]);
  });
});
