// The task pane at real sizes, in headless Chromium over the .xlsx adapter (plain-browser mode): time from
// choosing a file to the checked plan, to each view, to filters and groups, and the DOM nodes each view renders.
// Not part of `npm run bench`. Needs dist/ (npm run build:dev) and the plans of bench/paneFiles.ts:
//   npx tsx bench/paneFiles.ts /tmp/pane 1000 5000 && node bench/pane.mjs /tmp/pane/plan-1000.xlsx …
import { performance } from 'node:perf_hooks';
import { basename } from 'node:path';
import { idle, startPaneBrowser } from './paneBrowser.mjs';
import { VIEWS, waitForPlan } from '../test/browser/steps.mjs';

const files = process.argv.slice(2);
const { server, browser } = await startPaneBrowser();

/** Waits for two animation frames: what was rendered has been laid out and painted. */
const painted = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined)))));
const nodes = (page) => page.evaluate(() => document.querySelectorAll('.tp-main *').length);
const ms = (t0) => Math.round(performance.now() - t0);

async function timed(page, act, until) {
  const t0 = performance.now();
  await act();
  await until();
  await idle(page);
  await painted(page);
  return ms(t0);
}

async function view(page, name) {
  return timed(
    page,
    () => page.getByRole('tab', { name, exact: true }).click(),
    () => page.locator('.tp-view h2', { hasText: name }).waitFor({ timeout: 120_000 }),
  );
}

try {
  for (const file of files) {
    const page = await browser.newPage({ locale: 'nb-NO', viewport: { width: 800, height: 900 } });
    await page.goto(`${server.url}/taskpane.html`);
    await waitForPlan(page);
    const out = { file: basename(file) };
    out.open = await timed(
      page,
      () => page.getByTestId('file-input').setInputFiles(file),
      async () => {
        await page.getByText(`Fil: ${basename(file)}`).waitFor({ timeout: 120_000 });
        await page.locator('#overview-heading').waitFor({ timeout: 120_000 });
      },
    );
    out.openToCheck = out.open + (await view(page, 'Kontroll'));
    out.views = {};
    for (const name of [...VIEWS, 'Kontroll']) {
      const t = await view(page, name);
      out.views[name] = { ms: t, nodes: await nodes(page) };
    }
    await view(page, 'Kontroll');
    const onlyErrors = page.getByRole('switch', { name: 'Bare feil' });
    if (await onlyErrors.count()) {
      out.onlyErrors = await timed(
        page,
        () => onlyErrors.click(),
        () => Promise.resolve(),
      );
      out.onlyErrorsNodes = await nodes(page);
      await onlyErrors.click();
      await idle(page);
    }
    // A finding clicked: the sheet preview shows its cell.
    const finding = page.locator('.tp-finding').first();
    if (await finding.count()) {
      out.selectFinding = await timed(
        page,
        () => finding.click(),
        () => page.locator('td[data-selected]').waitFor(),
      );
      out.previewNodes = await page.evaluate(() => document.querySelectorAll('.tp-preview *').length);
    }
    await view(page, 'Avstemming');
    const groups = await page.locator('details.tp-group > summary').allTextContents();
    out.reconcileGroups = groups;
    const closed = page.locator('details.tp-group:not([open]) > summary').first();
    if (await closed.count()) {
      out.expandGroup = await timed(
        page,
        () => closed.click(),
        () => Promise.resolve(),
      );
      out.expandedNodes = await nodes(page);
    }
    // Typing a measure's name in Nytt tiltak: the form checks the row live against the whole plan.
    await view(page, 'Nytt tiltak');
    const field = page.getByRole('textbox', { name: /^Tiltak/ });
    await field.click();
    out.typing = [];
    for (const key of 'Boveil') {
      out.typing.push(
        await timed(
          page,
          () => page.keyboard.press(key),
          () => Promise.resolve(),
        ),
      );
    }
    // A measure picked: the form fills, and the live check says whether the row is fine.
    const picker = page.getByRole('combobox', { name: 'Rediger tiltak' });
    const last = await picker.locator('option').last().getAttribute('value');
    out.pickMeasure = await timed(
      page,
      () => picker.selectOption(last),
      () => page.getByText(/^Raden ser riktig ut|^Raden har/).waitFor({ timeout: 120_000 }),
    );
    // Endringer against the other variant of the same plan (the clean one against its findings, or back).
    const other = file.includes('-findings') ? file.replace('-findings', '') : file.replace('.xlsx', '-findings.xlsx');
    await view(page, 'Endringer');
    out.compare = await timed(
      page,
      () => page.getByTestId('compare-file-input').setInputFiles(other),
      () => page.getByRole('button', { name: 'Last ned endringsrapport (HTML)' }).waitFor({ timeout: 120_000 }),
    );
    out.compareNodes = await nodes(page);
    console.log(JSON.stringify(out));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
