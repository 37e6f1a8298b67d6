// End-to-end run of the task pane in headless Chromium, in plain-browser mode (the xlsx adapter):
// serves dist/ (npm run build:dev) from 127.0.0.1, walks the pane like a budget officer, scans every view
// with axe-core, screenshots every view at 320 and 800 px, and fails if any request leaves localhost.
// Usage: node test/browser/run.mjs [--build]   → prints "N passed, M failed", exits 1 on any failure.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import {
  HOSTILE_MEASURE,
  HOSTILE_TEXT,
  LANGUAGES,
  VIEWS,
  checkA11y,
  clippedElements,
  cspOf,
  downloadText,
  escapeHtml,
  findingMessages,
  noHorizontalOverflow,
  openTab,
  tryInlineScript,
  waitForPlan,
} from './steps.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(root, 'dist');
const shots = join(here, 'screenshots');

if (process.argv.includes('--build') || !existsSync(join(dist, 'taskpane.html'))) {
  execSync('npm run build:dev', { cwd: root, stdio: 'inherit' });
}
mkdirSync(shots, { recursive: true });

const results = [];
const outside = [];

async function test(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`✓ ${name}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(
      `✗ ${name}\n    ${String(e?.stack ?? e)
        .split('\n')
        .slice(0, 4)
        .join('\n    ')}`,
    );
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

const AXE_PATH = '/__test__/axe.min.js';
const server = await startServer(dist, { [AXE_PATH]: join(root, 'node_modules', 'axe-core', 'axe.min.js') });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
const context = await browser.newContext({
  acceptDownloads: true,
  locale: 'nb-NO',
  viewport: { width: 800, height: 900 },
});
const page = await context.newPage();
const consoleErrors = [];
const dialogs = [];
page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
// A workbook string that became markup would show itself here (onerror=alert(1)).
page.on('dialog', (d) => {
  dialogs.push(d.message());
  void d.dismiss();
});
page.on('pageerror', (e) => consoleErrors.push(String(e)));
page.on('request', (r) => {
  const host = new URL(r.url()).hostname;
  if (!['127.0.0.1', 'localhost'].includes(host) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) {
    outside.push(r.url());
  }
});

try {
  await test('opens the example on first load and checks it', async () => {
    await page.goto(`${server.url}/taskpane.html`);
    await waitForPlan(page);
    const file = await page.getByText(/^Fil: /).textContent();
    assert(/eksempel\.xlsx/.test(file ?? ''), `file label: ${file}`);
    assert(await page.getByRole('tab', { name: 'Oversikt' }).isVisible(), 'no Oversikt tab');
  });

  await test('saves a version of the plan (Struktur → Lagre versjon)', async () => {
    await openTab(page, 'Struktur');
    await page.getByRole('textbox', { name: /^Navn på versjonen/ }).fill('Vedtatt K-sak 45/2027');
    await page.getByRole('button', { name: 'Lagre versjon', exact: true }).click();
    await page.getByText('Versjonen er lagret på arket «Versjon 1».').waitFor();
  });

  await test('adds a measure from the form (costed without amounts: an error on purpose)', async () => {
    await openTab(page, 'Nytt tiltak');
    const id = await page.getByRole('textbox', { name: 'ID', exact: true }).inputValue();
    assert(/^D-\d{3}$/.test(id), `next ID ${id}`);
    await page.getByRole('textbox', { name: /^Tiltak/ }).fill('Nettleser-test: boveileder');
    await selectFirstReal(page, /^Seksjon/);
    await selectFirstReal(page, /^Ansvarlig/);
    await page.locator('.tp-areas input[type=checkbox]').first().check();
    await page.getByText(/^Raden har \d+ feil/).waitFor();
    await page.getByRole('button', { name: 'Legg til tiltak' }).click();
    await page.getByText(`Tiltak ${id} er lagt til.`).waitFor();
    const next = await page.getByRole('textbox', { name: 'ID', exact: true }).inputValue();
    assert(next !== id, `ID not advanced: ${next}`);
  });

  await test('Endringer shows what changed since the version, selects it, and downloads the report', async () => {
    // D-001's second year from 1 200 to 1 500: a changed measure, and 300 more new money that year.
    await openTab(page, 'Nytt tiltak');
    // The picker's values are rows (two measures may share an ID): D-001 is picked by its label.
    const picker = page.getByRole('combobox', { name: 'Rediger tiltak' });
    await picker.selectOption(await picker.locator('option', { hasText: /^D-001 · / }).getAttribute('value'));
    await page.locator('.tp-years input').nth(1).fill('1500');
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await page.getByText('Tiltak D-001 er lagret.').waitFor();
    await waitForPlan(page);
    await openTab(page, 'Endringer');
    await page.getByText('Nye tiltak (1)').waitFor();
    await page.getByText('Endrede tiltak (1)').waitFor();
    const chart = await page.getByRole('img', { name: 'Endring i nye midler per år' }).textContent();
    assert(/300/.test(chart ?? ''), `no +300 in the chart: ${chart}`);
    const button = page.getByRole('button', { name: /^Gå til D-012 i arbeidsboken/ });
    const cell = /\((\w+)\)$/.exec((await button.textContent()) ?? '')?.[1];
    await button.click();
    await expectSelected(page, 'Tiltak drift', cell);
    const { name, text: html } = await downloadText(
      page,
      'Last ned endringsrapport (HTML)',
      join(tmpdir(), `tiltaksplan-browser-${process.pid}-endringer.html`),
    );
    assert(name === 'eksempel-endringer.html', `report name ${name}`);
    assert(html.includes('<h1>Endringer fra Vedtatt K-sak 45/2027</h1>'), 'not the change report');
    assert(html.includes('Nettleser-test: boveileder'), 'the added measure is not in the report');
    assert(
      /<td>D-001<\/td><td>Utvidelse miljøteam[^<]*<\/td><td>\d{4}<\/td><td>1\s200<\/td><td>1\s500<\/td>/.test(html),
      'D-001 change',
    );
    assert(!/<script|<link|src="http|href="http/i.test(html), 'markup or an external resource in the report');
  });

  await test('lists findings and selects a clicked one in the sheet preview', async () => {
    await openTab(page, 'Kontroll');
    const finding = page.getByRole('region', { name: 'Tiltak drift' }).locator('.tp-finding').first();
    const cell = (await finding.locator('.tp-cell').textContent())?.trim();
    await finding.click();
    await expectSelected(page, 'Tiltak drift', cell);
    await page.locator('td[data-selected]').screenshot({ path: join(shots, '0-selected-cell.png') });
    await page.screenshot({ path: join(shots, '0-preview-800.png') });
  });

  await test('jumps from a reconciliation item to the economy plan cell', async () => {
    await openTab(page, 'Avstemming');
    const button = page.getByRole('button', { name: /Gå til økonomiplanen/ }).first();
    const cell = /\((\w+)\)/.exec((await button.textContent()) ?? '')?.[1];
    await button.click();
    await expectSelected(page, 'Økonomiplan', cell);
  });

  await test('switches language to English and nynorsk and back', async () => {
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.getByRole('tab', { name: 'Reconcile' }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('nn');
    await page.getByRole('tab', { name: 'Kontroll' }).waitFor();
    assert(await page.getByRole('button', { name: 'Opne døme' }).isVisible(), 'no nynorsk button');
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('nb');
    await page.getByRole('button', { name: 'Åpne eksempel' }).waitFor();
  });

  await test('reconciles and writes the Avstemming sheet', async () => {
    await openTab(page, 'Avstemming');
    assert((await page.locator('details.tp-group').count()) > 0, 'no reconciliation groups');
    await page.getByRole('button', { name: 'Skriv Avstemming-arket' }).click();
    await page.getByText('Avstemming-arket er skrevet.').waitFor();
  });

  let savedWorkbook = null;
  await test('downloads the workbook and the report', async () => {
    const [wb] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned arbeidsbok' }).click(),
    ]);
    savedWorkbook = join(tmpdir(), `tiltaksplan-browser-${process.pid}.xlsx`);
    await wb.saveAs(savedWorkbook);
    const bytes = readFileSync(savedWorkbook);
    assert(bytes.length > 1000 && bytes.subarray(0, 2).toString() === 'PK', 'workbook is not a zip');
    const rep = await downloadText(
      page,
      'Last ned rapport (JSON)',
      join(tmpdir(), `tiltaksplan-browser-${process.pid}.json`),
    );
    assert(rep.name === 'eksempel-rapport.json', `report name ${rep.name}`);
    const report = JSON.parse(rep.text);
    assert(report.plan?.years?.length >= 4 && typeof report.summary?.errors === 'number', 'report shape');
  });

  await test('opens a workbook file and finds the measure added before', async () => {
    assert(savedWorkbook, 'no saved workbook');
    await page.getByTestId('file-input').setInputFiles(savedWorkbook);
    await page.getByText(/^Fil: tiltaksplan-browser/).waitFor();
    await waitForPlan(page);
    await openTab(page, 'Nytt tiltak');
    const options = await page.getByRole('combobox', { name: 'Rediger tiltak' }).locator('option').allTextContents();
    assert(
      options.some((o) => o.includes('Nettleser-test')),
      'added measure not in the reopened file',
    );
  });

  await test('a measure named <img …> with Ref "&\'<script> shows as text in the pane and in the HTML report', async () => {
    await openTab(page, 'Nytt tiltak');
    await page.getByRole('textbox', { name: /^Tiltak/ }).fill(HOSTILE_MEASURE);
    await page.getByRole('textbox', { name: /^Ref\./ }).fill(HOSTILE_TEXT);
    await selectFirstReal(page, /^Seksjon/);
    await selectFirstReal(page, /^Ansvarlig/);
    await page.getByRole('combobox', { name: /^Kostnadsstatus/ }).selectOption('Må utredes');
    await page.locator('.tp-areas input[type=checkbox]').first().check();
    await page.getByRole('button', { name: 'Legg til tiltak' }).click();
    await page.getByText(/^Tiltak D-\d{3} er lagt til\.$/).waitFor();
    await waitForPlan(page);

    await openTab(page, 'Kontroll');
    const messages = await findingMessages(page);
    assert(
      messages.some((m) => m.includes(`«${HOSTILE_TEXT}»`)),
      'no ref-unknown finding quoting the Ref as text',
    );
    assert((await page.locator('img, script:not([src])').count()) === 0, 'a workbook string became an element');

    const { name, text: html } = await downloadText(
      page,
      'Last ned rapport (HTML)',
      join(tmpdir(), `tiltaksplan-browser-${process.pid}.html`),
    );
    assert(/^tiltaksplan-browser-\d+-rapport\.html$/.test(name), `report name ${name}`);
    assert(
      html.startsWith('<!DOCTYPE html>') && html.includes('<h1>Kontroll av tiltaksplan — tiltaksplan-browser-'),
      'not the check report',
    );
    const missing = messages.filter((m) => !html.includes(escapeHtml(m)));
    assert(
      messages.length > 0 && missing.length === 0,
      `findings missing from the report: ${missing.slice(0, 3).join(' | ')}`,
    );
    assert(html.includes(escapeHtml(HOSTILE_MEASURE)), 'the not-costed measure is not listed, escaped');
    assert(html.includes(escapeHtml(HOSTILE_TEXT)), 'the Ref is not quoted, escaped');
    assert(!/<script|<img|<link|src="http|href="http/i.test(html), 'markup or an external resource in the report');
  });

  await test('has no serious or critical accessibility violations in any view', async () => {
    const problems = [];
    for (const view of VIEWS) {
      await openTab(page, view);
      problems.push(...(await checkA11y(page, `${server.url}${AXE_PATH}`)).map((v) => `${view}: ${v}`));
    }
    assert(problems.length === 0, problems.join('\n'));
  });

  await test('every view fits 320 px and 800 px in nb, nn and en, nothing cut (screenshots)', async () => {
    const broken = [];
    const cut = [];
    for (const [lang, { label, views }] of Object.entries(LANGUAGES)) {
      await page.setViewportSize({ width: 800, height: 900 });
      await page.locator('.tp-header select').selectOption(lang);
      await page.getByRole('combobox', { name: label }).waitFor();
      for (const width of lang === 'nb' ? [320, 800] : [320]) {
        await page.setViewportSize({ width, height: 900 });
        for (const [i, view] of views.entries()) {
          await openTab(page, view);
          const suffix = lang === 'nb' ? '' : `-${lang}`;
          await page.screenshot({
            path: join(shots, `${i + 1}-${slug(VIEWS[i])}-${width}${suffix}.png`),
            fullPage: true,
          });
          if (!(await noHorizontalOverflow(page))) broken.push(`${lang} ${view} @ ${width}px`);
          cut.push(...(await clippedElements(page)).map((c) => `${lang} ${view} @ ${width}px: ${c}`));
        }
      }
    }
    await page.locator('.tp-header select').selectOption('nb');
    await page.getByRole('combobox', { name: 'Språk' }).waitFor();
    // A wide table scrolls inside its box, its row labels staying where they were.
    await openTab(page, 'Summer');
    const box = page.getByRole('region', { name: 'Nye midler per rammeområde' });
    const label = box.locator('tbody tr td').first();
    const before = await label.boundingBox();
    await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await page.waitForTimeout(100);
    const after = await label.boundingBox();
    const last = await box.locator('thead th').last().boundingBox();
    const edge = await box.boundingBox();
    await box.screenshot({ path: join(shots, '3-summer-320-scrolled.png') });
    assert(before && after && Math.abs(before.x - after.x) < 1, `row labels moved: ${before?.x} → ${after?.x}`);
    assert(last && edge && last.x + last.width <= edge.x + edge.width + 1, 'last column not reachable by scrolling');
    await page.setViewportSize({ width: 800, height: 900 });
    // The theme follows prefers-color-scheme in a plain browser.
    await page.emulateMedia({ colorScheme: 'dark' });
    await openTab(page, 'Summer');
    await page.screenshot({ path: join(shots, `${VIEWS.length + 1}-dark-summer-800.png`), fullPage: true });
    const background = await page.locator('.tp-root').evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    assert(/rgb\((\d{1,2}), \1, \1\)/.test(background), `dark background expected, got ${background}`);
    assert(broken.length === 0, `horizontal overflow: ${broken.join(', ')}`);
    assert(cut.length === 0, `content cut off:\n${[...new Set(cut)].join('\n')}`);
  });

  await test('Åpne flere planer: three plans against one economy plan, accessible and whole at 320 px', async () => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.getByRole('button', { name: 'Åpne flere planer' }).click();
    const kommune = join(root, 'examples', 'kommune');
    await page
      .getByTestId('plans-input')
      .setInputFiles(['boligsosial.xlsx', 'helse.xlsx', 'oppvekst.xlsx'].map((f) => join(kommune, f)));
    await page.getByTestId('economy-input').setInputFiles(join(kommune, 'okonomiplan.xlsx'));
    await page.getByRole('button', { name: 'Avstem planene' }).click();
    // By hand from the example (scripts/kommune.ts): R3 in 2029 is 1 800 + 2 000 = 3 800 against a frame of 3 500.
    const frames = page.getByRole('region', { name: /^Rammeområde, År/ });
    await frames.waitFor({ timeout: 30_000 });
    const r3 = frames.locator('tr', { hasText: /R3\s*2029/ });
    const text = (await r3.innerText()).replace(/\s+/g, ' ');
    assert(/3 800 3 500 300 Avvik/.test(text), `R3 2029: ${text}`);
    assert((await page.getByText('Linje i flere planer').count()) > 0, 'the ambiguous line is not shown');
    // The ambiguous line (Ref 14) is the 4th line of tblOkonomiplan, Ref its 3rd column: Økonomiplan!C5.
    await page.getByRole('button', { name: /^C5 ?: Feil · Avvik · Linje i flere planer · 14:/ }).click();
    await expectSelected(page, 'Økonomiplan', 'C5');
    assert((await page.getByText('Fil: okonomiplan.xlsx').count()) === 1, 'the preview does not name its file');
    const problems = await checkA11y(page, `${server.url}${AXE_PATH}`);
    assert(problems.length === 0, problems.join('\n'));
    await page.setViewportSize({ width: 320, height: 900 });
    await page.screenshot({ path: join(shots, `${VIEWS.length + 2}-flere-planer-320.png`), fullPage: true });
    assert(await noHorizontalOverflow(page), 'horizontal overflow at 320 px');
    const cut = await clippedElements(page);
    assert(cut.length === 0, `content cut off:\n${cut.join('\n')}`);
    await page.setViewportSize({ width: 800, height: 900 });
    await page.getByRole('button', { name: 'Tilbake til én plan' }).click();
    await waitForPlan(page);
  });

  await test('no request left localhost, no script error and no dialog', async () => {
    assert(outside.length === 0, `outside requests: ${outside.join(', ')}`);
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('\n')}`);
    assert(dialogs.length === 0, `dialogs: ${dialogs.join(', ')}`);
  });

  // Last: the blocked inline script is logged as a console error, on purpose.
  await test('taskpane.html carries a Content-Security-Policy that blocks inline script', async () => {
    const csp = await cspOf(page);
    assert(csp, 'no Content-Security-Policy meta in taskpane.html');
    for (const directive of ["default-src 'self'", "connect-src 'self'", "object-src 'none'"]) {
      assert(csp.includes(directive), `CSP lacks ${directive}: ${csp}`);
    }
    assert(!/script-src[^;]*'unsafe-(inline|eval)'/.test(csp), `CSP allows inline script or eval: ${csp}`);
    const inline = await tryInlineScript(page);
    assert(!inline.ran && inline.violated, `inline script ran: ${JSON.stringify(inline)}`);
  });
} finally {
  await browser.close();
  await server.close();
}

function slug(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}

async function expectSelected(page, sheet, cell) {
  const preview = page.getByRole('region', { name: `Arket ${sheet}` }).first();
  const selected = page.locator('td[data-selected]');
  await selected.waitFor({ timeout: 5000 });
  assert(await preview.isVisible(), `no preview of ${sheet}`);
  const at = await selected.getAttribute('data-cell');
  assert(cell && at === cell, `selected ${at}, expected ${cell}`);
}

async function selectFirstReal(page, name) {
  const select = page.getByRole('combobox', { name });
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  assert(values.length > 0, `no options in ${name}`);
  await select.selectOption(values[0]);
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
writeFileSync(join(shots, 'result.txt'), `${passed} passed, ${failed} failed\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
