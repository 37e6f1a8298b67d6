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
 * Then we wait for Office.onReady; if it names Excel, the host is 'excel'. A false positive (say, the page inside
 * some other iframe) costs one office.js load and ends in 'browser' when onReady names no host or times out.
 */

export type HostKind = 'excel' | 'browser';

/** Where office.js comes from: the dev server's own copy, or Microsoft's CDN in production (set by webpack). */
export const OFFICE_JS_URL: string = process.env.OFFICE_JS_URL ?? 'office.js';

/** How long to wait for Office.onReady before giving up and running as a plain browser page. */
const READY_TIMEOUT_MS = 10_000;

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

let pending: Promise<HostKind> | null = null;

/**
 * Resolves 'excel' when the pane runs inside Excel with office.js ready, else 'browser'. In a plain browser it
 * resolves at once and loads nothing. Memoised: call it as often as you like.
 */
export function detectHost(): Promise<HostKind> {
  pending ??= isLikelyInOffice(probeWindow())
    ? loadOffice().then(waitForExcel, () => 'browser' as const)
    : Promise.resolve('browser');
  return pending;
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

function waitForExcel(): Promise<HostKind> {
  return new Promise<HostKind>((resolve) => {
    const timer = setTimeout(() => resolve('browser'), READY_TIMEOUT_MS);
    Office.onReady((info) => {
      clearTimeout(timer);
      // Compared as text: the Office.HostType enum value for Excel is "Excel".
      resolve(String(info.host) === 'Excel' ? 'excel' : 'browser');
    });
  });
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
