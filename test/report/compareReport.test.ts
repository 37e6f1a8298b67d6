import { comparePlans } from '../../src/domain/compare/compare';
import { readPlan } from '../../src/domain/read/plan';
import type { CellValue } from '../../src/domain/model/snapshot';
import type { Unit } from '../../src/domain/model/money';
import { renderCompare } from '../../src/report/compareReport';
import { canonicalSnapshot } from '../helpers/workbook';
import { operatingRow } from '../helpers/rows';

const HOSTILE = '<img src=x onerror=alert(1)>';

function plan(rows: Record<string, CellValue>[], unit: Unit = '1000 kr', investment: Record<string, CellValue>[] = []) {
  return readPlan(canonicalSnapshot({ operating: rows, unit, investment }), { defaultStartYear: 2027 }).plan;
}

const diff = comparePlans(plan([operatingRow()]), plan([operatingRow({ Tiltak: HOSTILE, '2028': 1500 })]), {
  old: { file: 'a.xlsx', label: `Vedtatt "K-sak" 45/2027 & <b>` },
  new: { file: 'b.xlsx', label: 'b.xlsx' },
});

describe('renderCompare', () => {
  it('HTML: one self-contained page titled by the older version, every workbook string escaped', () => {
    const html = renderCompare(diff, 'html', 'nb');
    expect(html).toContain('<title>Endringer fra Vedtatt &quot;K-sak&quot; 45/2027 &amp; &lt;b&gt;</title>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain(HOSTILE);
    expect(/<script|<img|<link|<b>|src="http|href="http/i.test(html)).toBe(false);
  });

  it('text: the changed year with before, now and change in the newer unit', () => {
    const text = renderCompare(diff, 'text', 'nb');
    expect(text).toMatch(/2028 +1\s200 +1\s500 +\+300/);
    expect(text).toContain('Tiltak: 0 nye, 0 fjernet, 1 endret.');
    // Frame 2 carries D-001's new money, all of its cost: it moved in 2028 only.
    expect(text).toMatch(
      /Nye midler per rammeområde\n·+\n.*\n.*\n +2 +2027 +600 +600 +0\n +2028 +1\s200 +1\s500 +\+300\n/,
    );
  });

  it('states a change of unit and shows amounts in the newer unit', () => {
    const mill = operatingRow({
      '2027': 0.6,
      '2028': 1.2,
      '2029': 1.8,
      '2030': 2.4,
      Helårsvirkning: 2.4,
      'Nye midler': 2.4,
    });
    const changed = comparePlans(plan([operatingRow()]), plan([mill], 'mill kr'), {
      old: { file: 'a.xlsx', label: 'a.xlsx' },
      new: { file: 'b.xlsx', label: 'b.xlsx' },
    });
    const text = renderCompare(changed, 'text', 'en');
    expect(text).toContain('The amount unit changed from 1000 kr to mill kr. Amounts are compared in kroner.');
    expect(text).toContain('Amounts in mill kr.');
    expect(text).toMatch(/2030 +2,4 +2,4 +0/);
  });

  it('a measure moved from drift to investering: one line saying so in text and HTML, then its money', () => {
    // D-001 (600/1 200/1 800/2 400, full year 2 400, all new money) is now a project of 6 000 on a loan.
    const project = {
      ...{ ID: 'D-001', Seksjon: 'Samfunn og tjenester', Prioritet: 1, Tiltak: 'Utvidelse miljøteam' },
      ...{ Kostnadsstatus: 'Beregnet', Prosjektnr: 'P-101', Formål: 'Annet', Kostnadsramme: 6000, Lån: 6000 },
      ...{ '2027': 600, '2028': 1200, '2029': 1800, '2030': 2400, Ansvarlig: 'Leder boligkontor' },
      ...{ 'Berørte planområder': 'Oppvekst', Rammeområde: '2' },
    };
    const moved = comparePlans(plan([operatingRow()]), plan([], '1000 kr', [project]), {
      old: { file: 'a.xlsx', label: 'a.xlsx' },
      new: { file: 'b.xlsx', label: 'b.xlsx' },
    });
    const text = renderCompare(moved, 'text', 'nb');
    expect(text).toContain('Tiltak: 0 nye, 0 fjernet, 1 endret.');
    expect(text).toMatch(/\n +D-001 +Utvidelse miljøteam +Tabell +Drift +Investering *\n/);
    expect(text).toMatch(/\n +Helårsvirkning +2\s400 +\(tom\) +−2\s400\n/);
    const html = renderCompare(moved, 'html', 'en');
    expect(html).toMatch(/<td>Table<\/td><td>Operating<\/td><td>Investment<\/td>/);
    // The column by its workbook header in English too; the rest of the line in English.
    expect(html).toMatch(/<td>Helårsvirkning<\/td><td>2\s400<\/td><td>\(empty\)<\/td>/);
  });

  it('text: a Tiltak text with line breaks (Alt+Enter in Excel) stays on its row of the table', () => {
    const twoLines = operatingRow({ ID: 'D-002', Prioritet: 2, Tiltak: 'Boveileder\r\nfor unge', '2028': 1300 });
    const added = comparePlans(plan([operatingRow()]), plan([operatingRow(), twoLines]), {
      old: { file: 'a.xlsx', label: 'a.xlsx' },
      new: { file: 'b.xlsx', label: 'b.xlsx' },
    });
    const lines = renderCompare(added, 'text', 'nb').split('\n');
    // The new measure: one row, its amounts under the year headers (2028 holds 1 300).
    const row = lines.find((l) => l.includes('D-002'));
    expect(row).toMatch(
      /^ {2}D-002 +Drift +Samfunn og tjenester +2 +Boveileder for unge +Beregnet +600 +1\s300 +1\s800 +2\s400$/,
    );
    expect(lines.some((l) => l.startsWith('for unge'))).toBe(false);
  });
});

describe('renderCompare: settings changed since the older version', () => {
  // Toleranse 1 and 5 in 1000 kr (1 000 and 5 000 kr); Økonomiplanversjon from the adopted to the revised one.
  const settingsPlan = (settings: Record<string, CellValue>, unit: Unit = '1000 kr') =>
    readPlan(canonicalSnapshot({ operating: [operatingRow()], unit, settings }), { defaultStartYear: 2027 }).plan;
  const adopted = settingsPlan({ Toleranse: 1, Økonomiplanversjon: 'ØP 2027–2030 vedtatt' });
  const revised = settingsPlan({ Toleranse: 5, Økonomiplanversjon: 'ØP 2027–2030 rev. juni' });
  const sides = { old: { file: 'a.xlsx', label: 'a.xlsx' }, new: { file: 'b.xlsx', label: 'b.xlsx' } };
  const changed = comparePlans(adopted, revised, sides);

  it.each([
    [
      'nb',
      'Økonomiplanversjon er endret fra «ØP 2027–2030 vedtatt» til «ØP 2027–2030 rev. juni».',
      'Toleranse er endret fra 1 til 5 (1000 kr).',
    ],
    [
      'nn',
      'Økonomiplanversjon er endra frå «ØP 2027–2030 vedtatt» til «ØP 2027–2030 rev. juni».',
      'Toleranse er endra frå 1 til 5 (1000 kr).',
    ],
    // The setting by its label on Innstillinger in every language, so the user finds the row.
    [
      'en',
      'The setting Økonomiplanversjon changed from “ØP 2027–2030 vedtatt” to “ØP 2027–2030 rev. juni”.',
      'The setting Toleranse changed from 1 to 5 (1000 kr).',
    ],
  ] as const)(
    'text (%s): both changes, the tolerance in the unit, and not "no changes"',
    (lang, version, tolerance) => {
      const text = renderCompare(changed, 'text', lang);
      expect(text).toContain(version);
      expect(text).toContain(tolerance);
      expect(text).not.toMatch(/Ingen endringer|Ingen endringar|No changes/);
    },
  );

  it.each([
    ['nn', 'Plannavn er endra frå «Boligplan» til «Boligsosial handlingsplan».'],
    ['en', 'The setting Plannavn changed from “Boligplan” to “Boligsosial handlingsplan”.'],
  ] as const)('%s: Plannavn by its label on Innstillinger, not «Plannamn» or "Plan name"', (lang, sentence) => {
    const named = (name: string) => settingsPlan({ Toleranse: 1, Økonomiplanversjon: 'ØP', Plannavn: name });
    const text = renderCompare(
      comparePlans(named('Boligplan'), named('Boligsosial handlingsplan'), sides),
      'text',
      lang,
    );
    expect(text).toContain(sentence);
  });

  it('shows the tolerance in the newer unit: 1 000 kr as 1 000 when the plan is now in kr', () => {
    const inKr = settingsPlan({ Toleranse: 5000, Økonomiplanversjon: 'ØP 2027–2030 vedtatt' }, 'kr');
    const text = renderCompare(comparePlans(adopted, inKr, sides), 'text', 'nb');
    expect(text.replace(/[\u00a0\u202f]/g, ' ')).toContain('Toleranse er endret fra 1 000 til 5 000 (kr).');
  });

  it('HTML states them too; JSON adds "settings" in kroner beside the keys it had', () => {
    const html = renderCompare(changed, 'html', 'nb');
    expect(html).toContain('Toleranse er endret fra 1 til 5 (1000 kr).');
    const json = JSON.parse(renderCompare(changed, 'json', 'nb')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'old',
      'new',
      'settings',
      'unitNotConverted',
      'measures',
      'totals',
      'economyPlan',
    ]);
    expect(json.settings).toEqual([
      { field: 'economyPlanVersion', old: 'ØP 2027–2030 vedtatt', new: 'ØP 2027–2030 rev. juni' },
      { field: 'tolerance', old: 1000, new: 5000 },
    ]);
  });

  it('the same settings: nothing said, and JSON "settings" is empty', () => {
    const same = comparePlans(revised, revised, sides);
    expect(renderCompare(same, 'text', 'nb')).not.toContain('er endret fra');
    expect((JSON.parse(renderCompare(same, 'json', 'nb')) as { settings: unknown }).settings).toEqual([]);
  });
});
