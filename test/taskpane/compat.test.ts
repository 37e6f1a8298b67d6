/**
 * The old-webview message (src/taskpane/static/compat.js): plain ES5, so that it runs where the bundle cannot,
 * and shown only when the bundle never started.
 */
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { JSDOM } from 'jsdom';

const SOURCE = readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'static', 'compat.js'), 'utf8');

/** A page with an empty #root, compat.js run in it, then (optionally) the bundle's start flag, then `load`. */
function loadPage(language: string, bundleStarted: boolean): Document {
  const dom = new JSDOM('<!doctype html><body><div id="root"></div></body>', { url: 'https://example.test/' });
  const win = dom.window;
  Object.defineProperty(win.navigator, 'language', { value: language });
  runInNewContext(SOURCE, win);
  if (bundleStarted) (win as unknown as { tiltaksplanStarted: boolean }).tiltaksplanStarted = true;
  win.dispatchEvent(new win.Event('load'));
  return win.document;
}

describe('compat.js', () => {
  it('is ES5 (it must parse in the oldest webview)', () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
  });

  it.each([
    ['nb-NO', 'Tiltaksplan kan ikke starte her'],
    ['nn-NO', 'Tiltaksplan kan ikkje starte her'],
    ['en-US', 'Tiltaksplan cannot start here'],
  ])('says what to do in %s when the bundle did not start', (language, title) => {
    const doc = loadPage(language, false);
    expect(doc.querySelector('[role=alert] h1')?.textContent).toBe(title);
    expect(doc.querySelector('[role=alert] p')?.textContent).toMatch(/Excel/);
  });

  it('stays silent when the bundle started', () => {
    expect(loadPage('nb-NO', true).getElementById('root')?.childNodes).toHaveLength(0);
  });
});
