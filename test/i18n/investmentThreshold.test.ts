import { makeFinding } from '../../src/domain/model/finding';
import { kr, type Unit } from '../../src/domain/model/money';
import type { Lang } from '../../src/domain/model/report';
import { renderFinding } from '../../src/i18n/findings';

/**
 * below-investment-threshold (SPEC §8: under 100 000 kr): the budget is shown in the workbook unit (§7), the
 * threshold is kroner, so outside kr the message gives the threshold in the unit too. Budget 90 000 kr: 0,09 mill kr,
 * 90 (1000 kr); threshold 0,1 mill kr, 100 (1000 kr). English groups the kroner threshold its own way (numberText).
 */
const finding = makeFinding(
  'below-investment-threshold',
  'Tiltak investering',
  'G2',
  { budget: kr(90_000), threshold: 100_000 },
  'I-006',
);
const tail: Readonly<Record<Lang, string>> = {
  nb: ' Så små anskaffelser føres i driftsbudsjettet; flytt tiltaket til Tiltak drift.',
  nn: ' Så små innkjøp blir førte i driftsbudsjettet; flytt tiltaket til Tiltak drift.',
  en: ' Purchases that small belong in the operating budget; move the measure to Tiltak drift.',
};

it.each<[Lang, Unit, string]>([
  ['nb', 'mill kr', 'Kostnadsrammen (0,09) er under grensen på 100 000 kr (0,1 i mill kr).'],
  ['nb', '1000 kr', 'Kostnadsrammen (90) er under grensen på 100 000 kr (100 i 1000 kr).'],
  ['nb', 'kr', 'Kostnadsrammen (90 000) er under 100 000 kr.'],
  ['nn', 'mill kr', 'Kostnadsramma (0,09) er under grensa på 100 000 kr (0,1 i mill kr).'],
  ['nn', 'kr', 'Kostnadsramma (90 000) er under 100 000 kr.'],
  ['en', 'mill kr', 'The project budget (0,09) is below the threshold of 100,000 kr (0,1 in mill kr).'],
  ['en', 'kr', 'The project budget (90 000) is below 100,000 kr.'],
])('in %s and %s: %s', (lang, unit, head) => {
  const text = renderFinding(finding, lang, unit).replace(/[\u00a0\u202f]/g, ' ');
  expect(text).toBe(head + tail[lang]);
});
