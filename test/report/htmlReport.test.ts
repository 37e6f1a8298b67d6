import { checkSnapshot, type CheckResult } from '../../src/domain/check';
import type { Lang } from '../../src/domain/model/report';
import { renderFinding } from '../../src/i18n';
import { escapeHtml } from '../../src/report/html';
import { htmlReport } from '../../src/report/htmlReport';
import {
  HOSTILE_MEASURE,
  HOSTILE_MEASURE_ESCAPED,
  HOSTILE_TEXT,
  HOSTILE_TEXT_ESCAPED,
  hostileSnapshot,
} from '../helpers/hostilePlan';
import { canonicalSnapshot } from '../helpers/workbook';
import { operatingRow } from '../helpers/rows';

const check = (file: string, lang: Lang = 'nb', snapshot = hostileSnapshot()): CheckResult =>
  checkSnapshot(snapshot, { file, defaultStartYear: 2027, render: (f, unit) => renderFinding(f, lang, unit) });

/** The text between the tags of an HTML page, roughly: enough to find a string a reader would see. */
const visibleText = (html: string): string => html.replace(/<[^>]*>/g, ' ');

describe('escapeHtml', () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['&lt;', '&amp;lt;'],
    ['Bolig & omsorg «2027»', 'Bolig &amp; omsorg «2027»'],
    [HOSTILE_MEASURE, HOSTILE_MEASURE_ESCAPED],
    [HOSTILE_TEXT, HOSTILE_TEXT_ESCAPED],
  ])('%p → %p', (raw, escaped) => {
    expect(escapeHtml(raw)).toBe(escaped);
  });
});

describe('htmlReport', () => {
  const result = check(`${HOSTILE_MEASURE}.xlsx`);
  const html = htmlReport([result], 'nb');

  it('the hostile workbook reaches the report where a reader sees it', () => {
    // Findings quote the section and the plan area; the not-costed list names D-002.
    expect(result.report.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['section-invalid', 'area-invalid']),
    );
    expect(result.report.totals.notCosted.map((m) => m.measure)).toEqual([HOSTILE_MEASURE]);
    expect(result.report.reconciliation.some((i) => i.ref === HOSTILE_MEASURE)).toBe(true);
  });

  it('shows a measure named <img src=x onerror=alert(1)> as text, never as markup', () => {
    expect(html).toContain(HOSTILE_MEASURE_ESCAPED);
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/onerror=alert\(1\)>/);
  });

  it(`shows a section named "&'<script> as text, never as markup`, () => {
    expect(html).toContain(HOSTILE_TEXT_ESCAPED);
    expect(html).not.toMatch(/<script/i);
    expect(visibleText(html)).not.toContain(HOSTILE_TEXT);
  });

  it('escapes the file name in the title and the heading', () => {
    expect(html).toContain(`<h1>Kontroll av tiltaksplan — ${HOSTILE_MEASURE_ESCAPED}.xlsx</h1>`);
  });

  it('is one self-contained page: no script, no external resource', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nb">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<iframe|<object|src=["']?http|href=["']?http|@import|url\(/i);
  });

  it.each([
    ['nb', 'Funn'],
    ['nn', 'Funn'],
    ['en', 'Findings'],
  ] as const)('speaks %s', (lang, findings) => {
    const page = htmlReport([check('plan.xlsx', lang)], lang);
    expect(page).toContain(`<html lang="${lang}">`);
    expect(page).toContain(`<h2>${findings}</h2>`);
  });

  it('puts each workbook of several in its own article', () => {
    const clean = check('ren.xlsx', 'nb', canonicalSnapshot());
    const page = htmlReport([result, clean], 'nb');
    expect(page.match(/<article>/g)).toHaveLength(2);
    expect(page).toContain('ren.xlsx');
  });
});

// A reader with a screen reader hears each amount with its row's name and its column's heading: the label
// cell of a totals row («Alle», a section, a plan area) is a row header, and no column is headed by a bare «#».
describe('htmlReport: tables a screen reader can read', () => {
  const plan = canonicalSnapshot({
    operating: [operatingRow({ Tiltak: 'Miljøteam', 'Berørte planområder': 'Oppvekst; Kultur' })],
  });
  const html = htmlReport([check('plan.xlsx', 'nb', plan)], 'nb');

  it('names each totals row by a row header', () => {
    expect(html).toContain('<th scope="row">Alle</th>');
    expect(html).toContain('<th scope="row">Samfunn og tjenester</th>');
    expect(html).toContain('<th scope="row">Oppvekst</th>');
    expect(html).toContain('<th scope="row">Kultur</th>');
  });

  it('heads every count column by a word, not «#»', () => {
    expect(html).not.toContain('<th scope="col">#</th>');
    expect(html).toContain('<th scope="col">Antall</th>');
  });
});

// On paper: a heading of either level stays with the table it names (not alone at the foot of a page), and the
// colours that carry meaning (error rows, the total row's rule) are printed, not dropped as backgrounds.
describe('htmlReport: a printed page', () => {
  const html = htmlReport([check('plan.xlsx', 'nb', canonicalSnapshot())], 'nb');
  const print = /@media print\{(.*)\}\s*$/m.exec(html)?.[1] ?? '';

  it('keeps h2 and h3 with what follows', () => {
    expect(print).toMatch(/h2,h3\{[^}]*break-after:avoid/);
  });

  it('prints the colours of the rows', () => {
    expect(print).toMatch(/print-color-adjust:exact/);
  });
});
