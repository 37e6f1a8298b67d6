/**
 * taskpane.html carries the Content-Security-Policy webpack.config.js declares (issue "Security"): the
 * template rendered with the HtmlWebpackPlugin options of both builds, as the plugin renders it. The browser
 * run (test/browser/run.mjs) checks that Chromium enforces it on the built page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Plugin {
  readonly constructor: { readonly name: string };
  readonly userOptions?: { readonly template?: string; readonly csp?: string };
}
type WebpackConfig = (env: unknown, argv: { mode: string }) => { plugins: Plugin[] };

const ROOT = path.join(__dirname, '..', '..');

/** The built taskpane.html's head, with `<%= htmlWebpackPlugin.options.x %>` filled as the plugin does. */
function renderedPage(mode: 'production' | 'development'): string {
  jest.spyOn(console, 'warn').mockImplementation(() => undefined); // production warns when ADDIN_URL is unset
  const config = jest.requireActual<WebpackConfig>('../../webpack.config.js')(undefined, { mode });
  const html = config.plugins.find((p) => p.constructor.name === 'HtmlWebpackPlugin');
  const options = html?.userOptions ?? {};
  const template = readFileSync(path.join(ROOT, options.template ?? 'missing'), 'utf8');
  return template.replace(/<%=\s*htmlWebpackPlugin\.options\.(\w+)\s*%>/g, (_m, key: string) =>
    String((options as Record<string, unknown>)[key]),
  );
}

const cspOf = (page: string): string | undefined =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1];

const directives = (csp: string): Map<string, string> =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...sources]) => [name, sources.join(' ')]),
  );

describe('Content-Security-Policy of taskpane.html', () => {
  it.each(['production', 'development'] as const)(
    '%s: the page has a CSP meta that keeps to its own origin',
    (mode) => {
      const csp = cspOf(renderedPage(mode));
      expect(csp).toBeDefined();
      const d = directives(csp ?? '');
      expect(d.get('default-src')).toBe("'self'");
      expect(d.get('connect-src')?.split(' ')[0]).toBe("'self'");
      expect(d.get('object-src')).toBe("'none'");
      expect(d.get('base-uri')).toBe("'self'");
      expect(d.get('script-src')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    },
  );

  it('lets production load office.js from Microsoft’s CDN only, and development nothing but its own origin', () => {
    expect(directives(cspOf(renderedPage('production')) ?? '').get('script-src')).toBe(
      "'self' https://appsforoffice.microsoft.com",
    );
    expect(directives(cspOf(renderedPage('development')) ?? '').get('script-src')).toBe("'self'");
    expect(directives(cspOf(renderedPage('development')) ?? '').get('connect-src')).toBe("'self'");
  });

  it('lets production reach exactly the telemetry hosts office.js posts to, and nothing else', () => {
    const connect = directives(cspOf(renderedPage('production')) ?? '').get('connect-src') ?? '';
    expect(connect).toBe("'self' https://*.pipe.aria.microsoft.com");
    const allowed = connect.split(' ').slice(1);
    const matches = (host: string) =>
      allowed.some((a) => {
        const pattern = new URL(a.replace('*.', 'wildcard.')).hostname.replace('wildcard.', '');
        return a.includes('*.') ? host.endsWith(`.${pattern}`) : host === pattern;
      });
    // The collectors office.js's telemetry scripts know, read from the package itself.
    const dist = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
    const sources = ['telemetry/oteljs_agave.debug.js', 'ariatelemetry/aria-web-telemetry.js']
      .map((f) => readFileSync(path.join(dist, f), 'utf8'))
      .join('\n');
    const hosts = [
      ...new Set([...sources.matchAll(/https:\/\/([a-z.]+aria\.microsoft\.com)\/Collector/g)].map((m) => m[1])),
    ];
    expect(hosts).toEqual(expect.arrayContaining(['browser.pipe.aria.microsoft.com', 'eu.pipe.aria.microsoft.com']));
    expect(hosts.filter((h) => !matches(h ?? ''))).toEqual([]);
    expect(matches('pipe.aria.microsoft.com.evil.example')).toBe(false);
  });
});
