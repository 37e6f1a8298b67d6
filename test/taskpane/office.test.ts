/**
 * Host detection (issue 15): with any sign of an Office host the pane never settles on browser mode; it waits
 * for Excel and says what to do when Excel does not come.
 */
import {
  isLikelyInOffice,
  READY_TIMEOUT_MS,
  watchHost,
  type HostDeps,
  type HostProbe,
  type HostState,
} from '../../src/taskpane/office';

const PLAIN: HostProbe = {
  search: '',
  windowName: '',
  sessionHostInfo: null,
  framed: false,
  hasExternalContext: false,
  hasWebView2: false,
  hasWebkitHandlers: false,
};

/** A page with `probe`, whose office.js loads (or not) and whose onReady is called by the test. */
function page(probe: HostProbe, loads = true) {
  let ready: ((host: string | null) => void) | null = null;
  const loadOffice = jest.fn(() => (loads ? Promise.resolve() : Promise.reject(new Error('blocked'))));
  const deps: HostDeps = { probe: () => probe, loadOffice, onReady: (cb) => void (ready = cb) };
  const states: HostState[] = [];
  watchHost((s) => states.push(s), deps);
  return { states, loadOffice, ready: (host: string | null) => ready?.(host) };
}

const flush = () => Promise.resolve().then(() => undefined);

describe('watchHost', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs as a plain browser page at once, loading nothing, when nothing points at Office', () => {
    const p = page(PLAIN);
    expect(p.states).toEqual(['browser']);
    expect(p.loadOffice).not.toHaveBeenCalled();
  });

  it.each<[string, Partial<HostProbe>]>([
    ['the _host_Info parameter', { search: '?_host_Info=Excel$Win32$16.01$nb-NO' }],
    ['office.js host info in sessionStorage', { sessionHostInfo: 'Excel|Win32' }],
    ['host info in window.name', { windowName: '{"hostInfo":"Excel"}' }],
    ['a frame (Office on the web)', { framed: true }],
    ['a WebView2 bridge', { hasWebView2: true }],
    ['a WKWebView bridge (Mac)', { hasWebkitHandlers: true }],
    ['the IE/EdgeHTML bridge', { hasExternalContext: true }],
  ])('waits for Excel with %s, and runs in Excel when onReady names it', async (_label, sign) => {
    const p = page({ ...PLAIN, ...sign });
    expect(isLikelyInOffice({ ...PLAIN, ...sign })).toBe(true);
    expect(p.states).toEqual(['waiting']);
    await flush();
    p.ready('Excel');
    expect(p.states).toEqual(['waiting', 'excel']);
  });

  it('tells the user what to do when Excel does not answer, and still takes Excel when it comes late', async () => {
    const p = page({ ...PLAIN, framed: true });
    await flush();
    jest.advanceTimersByTime(READY_TIMEOUT_MS - 1);
    expect(p.states).toEqual(['waiting']);
    jest.advanceTimersByTime(1);
    expect(p.states).toEqual(['waiting', 'no-answer']);
    p.ready('Excel');
    expect(p.states).toEqual(['waiting', 'no-answer', 'excel']);
    expect(p.states).not.toContain('browser');
  });

  it('says so when office.js does not load', async () => {
    const p = page({ ...PLAIN, hasWebView2: true }, false);
    await flush();
    await flush();
    expect(p.states).toEqual(['waiting', 'load-failed']);
  });

  it.each([null, 'Word'])('says it only works in Excel when onReady names %s', async (host) => {
    const p = page({ ...PLAIN, framed: true });
    await flush();
    p.ready(host);
    jest.advanceTimersByTime(READY_TIMEOUT_MS * 2);
    expect(p.states).toEqual(['waiting', 'not-excel']);
  });
});
