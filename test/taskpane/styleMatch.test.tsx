/** @jest-environment jsdom */
/**
 * styleMatch.ts (installed for every component test by jsdomShims.ts) refuses a style rule only where nwsapi would
 * refuse it too: the selectors read by hand, then every rule Fluent inserts for the pane's views against every
 * element of the pane, compared with the element's own `matches` (jsdom's other nwsapi, left alone).
 */
import { render, screen } from '@testing-library/react';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';
import { mayMatch, requiredClasses, styleNwsapi } from './styleMatch';

describe('requiredClasses', () => {
  it.each([
    ['.fxyz', ['fxyz']],
    ['.fxyz:hover', ['fxyz']],
    ['.fxyz::before', ['fxyz']],
    ['.fa .fb', ['fb']],
    ['.fa>.fb', ['fb']],
    ['.fa:checked~.fb', ['fb']],
    ['.fa + .fb:focus-within', ['fb']],
    ['.fa:hover,.fb:active', ['fa', 'fb']],
    ['.fa[data-x="a b"]', ['fa']],
    ['.fa:is(.fb, .fc)', ['fa']],
    ['div.fa', ['fa']],
    ['.fa:nth-child(2n+1)', ['fa']],
  ])('%s needs one of %j', (selector, classes) => {
    expect(requiredClasses(selector)).toEqual(classes);
  });

  it.each([
    ['div'],
    ['[hidden]'],
    ['.fa div'],
    ['.fa, div'],
    [':not(.fa)'],
    [':is(.fa, .fb)'],
    ['[class~="fa"]'],
    ['.f\\:a'],
    ['.fa + *'],
    ['::before'],
  ])('%s needs no class that can be said', (selector) => {
    expect(requiredClasses(selector)).toBeNull();
  });
});

describe('mayMatch', () => {
  it('refuses only an element that lacks every required class', () => {
    const { container } = render(<p className={'fa\tfb'} />);
    const p = container.querySelector('p')!;
    expect([mayMatch('.fb:hover', p), mayMatch('.fc', p), mayMatch('.fc,.fa', p), mayMatch('p', p)]).toEqual([
      true,
      false,
      true,
      true,
    ]);
    expect(mayMatch('.fa', container)).toBe(false);
  });

  it('leaves getComputedStyle its answers', () => {
    const style = document.createElement('style');
    style.textContent = '.hide{display:none} .box .hide{visibility:hidden} .box :not(.show){cursor:pointer}';
    document.head.append(style);
    const { container } = render(
      <div className="box">
        <span className="hide">a</span>
        <span className="show">b</span>
      </div>,
    );
    const [hidden, shown] = [...container.querySelectorAll('span')].map((e) => getComputedStyle(e));
    expect([hidden!.display, hidden!.visibility, hidden!.cursor]).toEqual(['none', 'hidden', 'pointer']);
    expect([shown!.display, shown!.visibility, shown!.cursor]).toEqual(['', 'visible', '']);
    style.remove();
  });
});

const VIEWS = ['measure', 'structure'] as const;

it.each(VIEWS)('answers as nwsapi does for every rule and element of the %s view', async (view) => {
  await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()] })), view);
  expect(screen.getAllByRole('button').length).toBeGreaterThan(0);
  // Every style rule's selector, those inside @media too (as jsdom's matching reads them); @keyframes and the
  // like have none.
  const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
  const selectors = rules
    .flatMap((r) => ('cssRules' in r ? [...(r as CSSGroupingRule).cssRules] : [r]))
    .flatMap((r) => ('selectorText' in r && typeof r.selectorText === 'string' ? [r.selectorText] : []));
  const elements = [...document.querySelectorAll('*')];
  expect(selectors.length).toBeGreaterThan(300);
  const refused = selectors.filter((s) => requiredClasses(s) !== null).length;
  expect(refused / selectors.length).toBeGreaterThan(0.9);

  const nwsapi = styleNwsapi(document);
  const differ: string[] = [];
  let matched = 0;
  for (const element of elements)
    for (const selector of selectors) {
      let expected: boolean;
      try {
        expected = element.matches(selector);
      } catch {
        expected = false; // jsdom's style matching does not throw (nwsapi configured to return false)
      }
      if (expected) matched++;
      if (nwsapi.match(selector, element) !== expected) differ.push(`${selector} on ${element.outerHTML.slice(0, 80)}`);
    }
  expect(matched).toBeGreaterThan(100);
  expect(differ).toEqual([]);
});
