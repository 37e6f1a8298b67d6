// Small page helpers for the browser run (bokmål UI).

export const VIEWS = ['Oversikt', 'Kontroll', 'Summer', 'Avstemming', 'Endringer', 'Nytt tiltak', 'Struktur'];

/** The tabs in each language (the pane's catalogue), and the language selector's label. */
export const LANGUAGES = {
  nb: { label: 'Språk', views: VIEWS },
  nn: {
    label: 'Språk',
    views: ['Oversikt', 'Kontroll', 'Summar', 'Avstemming', 'Endringar', 'Nytt tiltak', 'Struktur'],
  },
  en: { label: 'Language', views: ['Overview', 'Check', 'Totals', 'Reconcile', 'Changes', 'New measure', 'Structure'] },
};

/** Waits until the pane has read and checked a workbook (the tabs and a view are shown, no progress bar). */
export async function waitForPlan(page) {
  await page.locator('.tp-view').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[role=progressbar]'), null, { timeout: 30_000 });
}

export async function openTab(page, name) {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.waitForFunction(() => !document.querySelector('[role=progressbar]'), null, { timeout: 30_000 });
  await page.waitForTimeout(250); // let the tab indicator finish its move before a screenshot
}

/** axe-core on the current page; returns "rule: target" for each serious or critical violation. */
export async function checkA11y(page, axeUrl) {
  // Colours are judged at rest: a button just clicked fades its background for a moment (a CSS transition), and
  // axe measuring it half-way reported a contrast that no one sees. Wait for every finite animation to end.
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    null,
    { timeout: 10_000 },
  );
  // Loaded from our own origin: the page's Content-Security-Policy forbids inline scripts, and stays on.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: axeUrl });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    // Fluent's focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>) are focusable on purpose: they
    // hand focus on at once and must stay hidden from screen readers. A known aria-hidden-focus false positive
    // (microsoft/tabster#288), suppressed for those nodes only, as Accessibility Insights does.
    const isSentinel = (v, n) => v.id === 'aria-hidden-focus' && /data-tabster-dummy/.test(n.html);
    return result.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.filter((n) => !isSentinel(v, n)).map((n) => n.target.join(' ')),
      }))
      .filter((v) => v.targets.length > 0);
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 3).join(', ')}`);
}

/**
 * Elements whose content is cut: wider (or taller, for one line of text) than their box while the box hides
 * the rest. A box that scrolls is fine (its content can be reached); so is text cut with an ellipsis inside a
 * form control that shows the whole value when opened. Returns "tag.class: text" for each.
 */
export async function clippedElements(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('.tp-root *')) {
      if (el.closest('svg') || el.closest('select') || el.tagName === 'SELECT' || el.tagName === 'OPTION') continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const scrolls = (o) => o === 'auto' || o === 'scroll';
      const wider = el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1;
      // Hidden: the rest is cut. Visible: text that spills out of its own box runs under its neighbour.
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
      const cutX = wider && !scrolls(style.overflowX) && (style.overflowX !== 'visible' || ownText);
      if (!cutX || el.closest('.tp-scroll')) continue;
      if (el.getAttribute('aria-hidden') === 'true') continue;
      const name = `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}`;
      out.push(`${name}: ${(el.textContent ?? '').trim().slice(0, 40)}`);
    }
    return out;
  });
}

/** True when nothing makes the page wider than the viewport (inner scroll regions are fine). */
export async function noHorizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

/** Workbook strings that are markup (issue "Security"), as the browser run types them into the pane. */
export const HOSTILE_MEASURE = '<img src=x onerror=alert(1)>';
export const HOSTILE_TEXT = `"&'<script>`;

/** The escaping of src/report/html.ts, to find a pane text in the downloaded page. */
export function escapeHtml(s) {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Clicks a download button and returns the suggested file name and the file's text. */
export async function downloadText(page, buttonName, saveAs) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  await file.saveAs(saveAs);
  const { readFileSync } = await import('node:fs');
  return { name: file.suggestedFilename(), text: readFileSync(saveAs, 'utf8') };
}

/** The messages of every finding the Kontroll view lists ("E7: message" → "message"). */
export async function findingMessages(page) {
  const texts = await page.locator('.tp-finding').allTextContents();
  return texts.map((t) => t.slice(t.indexOf(':') + 1).trim());
}

/** The page's Content-Security-Policy meta, or null. */
export async function cspOf(page) {
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  return (await meta.count()) === 1 ? meta.getAttribute('content') : null;
}

/**
 * Adds an inline script to the page and reports whether it ran, and whether the browser reported a CSP
 * violation for it: with the pane's policy it must not run.
 */
export async function tryInlineScript(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const w = window;
        let violated = false;
        document.addEventListener('securitypolicyviolation', () => (violated = true), { once: true });
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true;';
        document.head.append(s);
        setTimeout(() => resolve({ ran: w.__inlineRan === true, violated }), 200);
      }),
  );
}
