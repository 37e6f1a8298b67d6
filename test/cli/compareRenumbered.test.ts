/**
 * `tiltaksplan compare` of the example with its roll (docs/spec.md §14): the roll takes the finished one-offs
 * D-002 (Samfunn og tjenester, priority 2 of 1..5) and D-009 (Organisasjon, 4 of 1..6) out and numbers the rest
 * again: D-003 3 → 2, D-004 4 → 3, D-005 5 → 4, D-010 5 → 4, D-011 6 → 5, in the same order. Of the 8 changed
 * measures those 5 are only renumbered; the real changes are I-001, I-003 and I-005 (Tidligere bevilget 0 → 3 000,
 * 1 000, 2 500 thousand: their 2027 expenditure). The text and HTML list the real ones first and the five apart;
 * JSON keeps all 8 and marks the five.
 */
import { main } from '../../src/cli/main';
import type { CompareJson } from '../../src/report/compareJson';
import { testIo, type TestIo } from './testIo';

jest.setTimeout(30_000);

let dir: string;
const io = (): TestIo => testIo({ cwd: dir });
const part = (text: string, from: string, to: string): string => text.slice(text.indexOf(from), text.indexOf(to));
const RENUMBERED = ['D-003', 'D-004', 'D-005', 'D-010', 'D-011'];
const REAL = ['I-001', 'I-003', 'I-005'];

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
  it('text (nb): says 5 of the 8 are only renumbered, lists the 3 real changes first and the 5 apart', async () => {
    const out = await compare();
    expect(out).toContain('Tiltak: 0 nye, 0 fjernet, 2 avsluttet, 8 endret.');
    expect(out).toContain('5 av de 8 endrede tiltakene har bare fått nytt prioritetsnummer');
    const real = part(out, 'Endrede tiltak', 'Bare nytt prioritetsnummer (seksjonen nummerert på nytt)');
    for (const id of REAL) expect(real).toContain(id);
    for (const id of RENUMBERED) expect(real).not.toContain(id);
    const apart = part(out, 'Bare nytt prioritetsnummer (seksjonen nummerert på nytt)', 'Summer per år');
    // One line each: ID … section, before, now.
    expect(apart).toMatch(/D-003 .* Samfunn og tjenester +3 +2\n/);
    expect(apart).toMatch(/D-004 .* Samfunn og tjenester +4 +3\n/);
    expect(apart).toMatch(/D-005 .* Samfunn og tjenester +5 +4\n/);
    expect(apart).toMatch(/D-010 .* Organisasjon +5 +4\n/);
    expect(apart).toMatch(/D-011 .* Organisasjon +6 +5\n/);
    for (const id of REAL) expect(apart).not.toContain(id);
  });

  it('text (nn, en): the same, in their words', async () => {
    expect(await compare('--lang', 'nn')).toContain('5 av dei 8 endra tiltaka har berre fått nytt prioritetsnummer');
    const en = await compare('--lang', 'en');
    expect(en).toContain('5 of the 8 changed measures only got a new priority number');
    expect(part(en, 'Only a new priority number (section numbered anew)', 'Totals')).toContain('D-011');
  });

  it('HTML: the five under a heading of their own, after the real changes', async () => {
    const html = await compare('--format', 'html');
    const heading = html.indexOf('Bare nytt prioritetsnummer (seksjonen nummerert på nytt)');
    expect(heading).toBeGreaterThan(html.indexOf('I-005'));
    expect(html.indexOf('D-003', html.indexOf('Endrede tiltak'))).toBeGreaterThan(heading);
  });

  it('JSON: all 8 changed as SPEC §14 lists them, the five marked "renumbered": true', async () => {
    const diff = JSON.parse(await compare('--format', 'json')) as CompareJson;
    expect(diff.measures.changed.map((c) => [c.id, c.renumbered ?? false])).toEqual([
      ...RENUMBERED.map((id) => [id, true]),
      ...REAL.map((id) => [id, false]),
    ]);
    expect(diff.measures.changed[0]?.changes).toEqual([{ field: 'priority', old: 3, new: 2 }]);
  });
});
