// A CPU profile of one pane action in headless Chromium (CDP Profiler), summarised as self and total time per
// function. Not part of `npm run bench`. Needs dist/ (npm run build:dev) and a plan of bench/paneFiles.ts:
//   node bench/paneProfile.mjs open|measure|pick|edit FILE.xlsx [OUT.cpuprofile]
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { idle, startPaneBrowser } from './paneBrowser.mjs';
import { waitForPlan } from '../test/browser/steps.mjs';

const [action, file, out] = process.argv.slice(2);
const { server, browser } = await startPaneBrowser();

function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map();
  const key = (n) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  for (const [id, t] of dt) {
    const n = byId.get(id);
    self.set(key(n), (self.get(key(n)) ?? 0) + t);
    const seen = new Set();
    for (let p = id; p !== undefined; p = parent.get(p)) {
      const k = key(byId.get(p));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + t);
    }
  }
  const top = (m, n) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, t]) => `${(t / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  console.log('--- self');
  console.log(top(self, 30).join('\n'));
  console.log('--- total');
  console.log(top(total, 60).join('\n'));
}

try {
  const page = await browser.newPage({ locale: 'nb-NO', viewport: { width: 800, height: 900 } });
  await page.goto(`${server.url}/taskpane.html`);
  await waitForPlan(page);
  if (action !== 'open') {
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByText(`Fil: ${basename(file)}`).waitFor({ timeout: 120_000 });
    await page.locator('#overview-heading').waitFor({ timeout: 120_000 });
    await idle(page);
  }
  if (action === 'pick' || action === 'edit') {
    await page.getByRole('tab', { name: 'Nytt tiltak', exact: true }).click();
    await page.locator('.tp-view h2', { hasText: 'Nytt tiltak' }).waitFor({ timeout: 120_000 });
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  if (action === 'open') {
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByText(`Fil: ${basename(file)}`).waitFor({ timeout: 120_000 });
    await page.locator('#overview-heading').waitFor({ timeout: 120_000 });
    await idle(page);
  } else if (action === 'measure') {
    await page.getByRole('tab', { name: 'Nytt tiltak', exact: true }).click();
    await page.locator('.tp-view h2', { hasText: 'Nytt tiltak' }).waitFor({ timeout: 120_000 });
    await idle(page);
  } else if (action === 'edit') {
    const picker = page.getByRole('combobox', { name: 'Rediger tiltak' });
    await picker.selectOption(await picker.locator('option').last().getAttribute('value'));
    await page.getByText(/^Raden ser riktig ut|^Raden har/).waitFor({ timeout: 120_000 });
  } else if (action === 'pick') {
    await page.getByRole('textbox', { name: /^Tiltak/ }).click();
    await page.keyboard.type('Bo');
    await page.getByText(/^Raden ser riktig ut|^Raden har/).waitFor({ timeout: 120_000 });
  }
  console.log('wall', Date.now() - t0, 'ms');
  const { profile } = await cdp.send('Profiler.stop');
  if (out) writeFileSync(out, JSON.stringify(profile));
  summarise(profile);
} finally {
  await browser.close();
  await server.close();
}
