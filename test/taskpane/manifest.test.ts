/**
 * The add-in manifest (issue 15): a real help page as SupportUrl and LearnMoreUrl, nn-NO and en-US overrides
 * for every string, and the build's check that every URL of the built manifest starts with ADDIN_URL.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const HELP = readFileSync(path.join(ROOT, 'src', 'taskpane', 'static', 'help.html'), 'utf8');
const { manifestUrls, foreignUrls } = jest.requireActual<{
  manifestUrls: (xml: string) => string[];
  foreignUrls: (xml: string, base: string) => string[];
}>('../../scripts/manifest-urls.cjs');

/** Every localised element: its opening tag and what it holds up to its closing tag. */
function localised(): { element: string; body: string }[] {
  const out: { element: string; body: string }[] = [];
  const re = /<((?:bt:)?(?:String|Url)|DisplayName|Description|SupportUrl)\b([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g;
  for (const m of MANIFEST.matchAll(re)) out.push({ element: `${m[1]}${m[2]}`, body: m[4] ?? '' });
  return out;
}

describe('manifest.xml', () => {
  it('has an nn-NO and an en-US override for every string and URL it shows the user', () => {
    const found = localised();
    expect(found.length).toBeGreaterThanOrEqual(10);
    const missing = found
      .filter((l) => !/Taskpane\.Url|resid=/.test(l.element)) // the pane itself; references to resources
      .filter((l) => !/Locale="nn-NO"/.test(l.body) || !/Locale="en-US"/.test(l.body))
      .map((l) => l.element);
    expect(missing).toEqual([]);
  });

  it('points SupportUrl and LearnMoreUrl at the help page, in the user’s language', () => {
    const support = /<SupportUrl DefaultValue="([^"]+)">([\s\S]*?)<\/SupportUrl>/.exec(MANIFEST);
    expect(support?.[1]).toBe('https://localhost:3000/help.html');
    expect(support?.[2]).toContain('help.html#nn');
    expect(/<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="([^"]+)"/.exec(MANIFEST)?.[1]).toBe(
      'https://localhost:3000/help.html',
    );
  });

  it('ships a help page in bokmål, nynorsk and English that runs no script', () => {
    for (const lang of ['nb', 'nn', 'en']) expect(HELP).toContain(`<section id="${lang}" lang="${lang}">`);
    expect(HELP).not.toMatch(/<script/i);
    expect(HELP).toMatch(/Melde fra om en feil/);
    expect(HELP).toMatch(/Hva kontrollen ser etter/);
  });

  it('lists every URL it gives Office (not the schema namespaces)', () => {
    const urls = manifestUrls(MANIFEST);
    expect(urls).toContain('https://localhost:3000/taskpane.html');
    expect(urls).toContain('https://localhost:3000/help.html#en');
    expect(urls.some((u) => u.includes('schemas.microsoft.com'))).toBe(false);
  });

  it('accepts the built manifest only when every URL starts with ADDIN_URL', () => {
    const base = 'https://tiltak.kommune.no/addin/';
    const built = MANIFEST.split('https://localhost:3000/').join(base);
    expect(foreignUrls(built, base)).toEqual([]);
    const stray = built.replace(`${base}help.html#nn`, 'https://other.example/help.html');
    expect(foreignUrls(stray, base)).toEqual(['https://other.example/help.html']);
    expect(foreignUrls(built, 'http://tiltak.kommune.no/addin/')[0]).toMatch(/must be an https/);
  });
});
