/**
 * Office bootstrap: decide whether the task pane runs inside Excel or in a plain browser tab, and load
 * office.js only in the first case.
 *
 * Why not always load office.js: in a plain browser office.js finds no host, falls back to its "plain browser"
 * mode and fetches a Microsoft telemetry page from outside; the plain-browser mode of this product must make no
 * outside request at all. So office.js is loaded only when the page is LIKELY inside Office, by this heuristic
 * (any one is enough):
 *   1. a `_host_Info` query parameter — Office desktop appends it to the SourceLocation URL;
 *   2. office.js's own saved host info: `sessionStorage.hostInfoValue`, or a JSON `window.name` with `hostInfo`
 *      (set when the pane navigates within itself);
 *   3. a host bridge object: `window.external.GetContext` (Windows, IE/EdgeHTML webview),
 *      `window.chrome.webview` (Windows, WebView2), `window.webkit.messageHandlers` (Mac and iPad, WKWebView);
 *   4. the page is framed (`window.parent !== window`) — Office on the web hosts the pane in an iframe.
 * Then we wait for Office.onReady; if it names Excel, the host is 'excel'. With any sign of Office, the pane never
 * falls back to the plain-browser mode (Excel showing a file-open screen would be a riddle): it says that it is
 * waiting for Excel, and what to do when Excel does not answer. A false positive (say, the page inside some
 * other iframe) costs one office.js load and a message that tells the user to open the page directly.
 */

/** Where office.js comes from: the dev server's own copy, or Microsoft's CDN in production (set by webpack). */
export const OFFICE_JS_URL: string = process.env.OFFICE_JS_URL ?? 'office.js';

/** How long to wait for Office.onReady before telling the user what to do (the pane keeps waiting). */
export const READY_TIMEOUT_MS = 10_000;

/** The window properties the heuristic looks at; passed in so tests can describe any environment. */
export interface HostProbe {
  readonly search: string;
  readonly windowName: string;
  readonly sessionHostInfo: string | null;
  readonly framed: boolean;
  readonly hasExternalContext: boolean;
  readonly hasWebView2: boolean;
  readonly hasWebkitHandlers: boolean;
}

/** True when the page is probably inside an Office host (see the heuristic above). */
export function isLikelyInOffice(probe: HostProbe): boolean {
  if (new URLSearchParams(probe.search).has('_host_Info')) return true;
  if (probe.sessionHostInfo) return true;
  if (windowNameHasHostInfo(probe.windowName)) return true;
  return probe.hasExternalContext || probe.hasWebView2 || probe.hasWebkitHandlers || probe.framed;
}

function windowNameHasHostInfo(name: string): boolean {
  if (!name.startsWith('{')) return false;
  try {
    const parsed: unknown = JSON.parse(name);
    return typeof parsed === 'object' && parsed !== null && 'hostInfo' in parsed;
  } catch {
    return false;
  }
}

/** Reads the probe from the real window (guarded: every property may throw in a sandboxed frame). */
export function probeWindow(win: Window = window): HostProbe {
  const safe = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch {
      return fallback;
    }
  };
  const loose = win as unknown as {
    external?: { GetContext?: unknown };
    chrome?: { webview?: unknown };
    webkit?: { messageHandlers?: unknown };
  };
  return {
    search: safe(() => win.location.search, ''),
    windowName: safe(() => win.name, ''),
    sessionHostInfo: safe(() => win.sessionStorage.getItem('hostInfoValue'), null),
    // A cross-origin parent throws on access in some browsers; being framed at all is what counts.
    framed: safe(() => win.parent !== win, true),
    hasExternalContext: safe(() => typeof loose.external?.GetContext !== 'undefined', false),
    hasWebView2: safe(() => loose.chrome?.webview !== undefined, false),
    hasWebkitHandlers: safe(() => loose.webkit?.messageHandlers !== undefined, false),
  };
}

/** Adds the office.js <script> once (same origin in development, Microsoft's CDN in production). */
export function loadOffice(doc: Document = document, url: string = OFFICE_JS_URL): Promise<void> {
  if (typeof Office !== 'undefined') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = url;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`office.js did not load from ${url}`));
    doc.head.appendChild(script);
  });
}

/**
 * Where the pane stands while it finds its host. Outside Office: 'browser' at once. With any sign of Office it
 * never settles on browser mode: 'waiting' until Office.onReady names Excel ('excel'); 'no-answer' when
 * onReady has not come after READY_TIMEOUT_MS (it may still come: then 'excel'); 'load-failed' when office.js
 * did not load; 'not-excel' when office.js answers that this is not Excel.
 */
export type HostState = 'browser' | 'waiting' | 'no-answer' | 'load-failed' | 'not-excel' | 'excel';

/** What watchHost needs from the page; passed in so tests can describe any environment. */
export interface HostDeps {
  readonly probe: () => HostProbe;
  readonly loadOffice: () => Promise<void>;
  /** Office.onReady: calls back with the host's name ("Excel"), or null when office.js found no host. */
  readonly onReady: (callback: (host: string | null) => void) => void;
}

const pageDeps: HostDeps = {
  probe: () => probeWindow(),
  loadOffice: () => loadOffice(),
  onReady: (callback) => {
    void Office.onReady((info) => callback(info.host === null || info.host === undefined ? null : String(info.host)));
  },
};

/**
 * Reports the host state as it becomes known (see HostState). In a plain browser it reports 'browser' at once
 * and loads nothing.
 */
export function watchHost(onState: (state: HostState) => void, deps: HostDeps = pageDeps): void {
  if (!isLikelyInOffice(deps.probe())) return onState('browser');
  onState('waiting');
  let settled = false;
  deps.loadOffice().then(
    () => {
      const timer = setTimeout(() => settled || onState('no-answer'), READY_TIMEOUT_MS);
      deps.onReady((host) => {
        settled = true;
        clearTimeout(timer);
        // Compared as text: the Office.HostType enum value for Excel is "Excel".
        onState(host === 'Excel' ? 'excel' : 'not-excel');
      });
    },
    () => onState('load-failed'),
  );
}

/** Office's display language (e.g. "nb-NO"), or null outside Office; feed it to i18n's detectLang. */
export function officeDisplayLanguage(): string | null {
  if (typeof Office === 'undefined') return null;
  try {
    return Office.context.displayLanguage ?? null;
  } catch {
    return null;
  }
}
