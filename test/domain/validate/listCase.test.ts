/**
 * The list checks (section-invalid, area-invalid, frame-invalid) compare a row's value with its list the way
 * Sammendrag's SUMIFS, the totals and the reconciliation group it (groupKey: case and outer spaces ignored):
 * a section typed «samfunn og tjenester» is summed with «Samfunn og tjenester», so it is in the list, not an error.
 * A value that is another word is still an error.
 */
import { validatePlan } from '../../../src/domain/validate/plan';
import { makeOperating, makePlan } from '../../helpers/plan';
import type { FindingCode } from '../../../src/domain/model/finding';

// The default lists (test/helpers/plan.ts): sections «Samfunn og tjenester», «Organisasjon»; areas
// «Helse, velferd, pleie og omsorg», «Oppvekst»; frames R1, R3.
const codesOf = (o: Parameters<typeof makeOperating>[0]): FindingCode[] =>
  validatePlan(makePlan({ operating: [makeOperating(o)], investment: [] })).map((f) => f.code);

describe('list checks compare as the totals group', () => {
  it.each<[string, Parameters<typeof makeOperating>[0]]>([
    ['a section in lower case', { section: 'samfunn og tjenester' }],
    ['a section in capitals with outer spaces', { section: ' ORGANISASJON ' }],
    ['an area in lower case', { areas: ['oppvekst'] }],
    ['a frame code in lower case', { frame: 'r3' }],
  ])('%s is in the list', (_name, o) => {
    expect(codesOf(o)).toEqual([]);
  });

  it.each<[string, Parameters<typeof makeOperating>[0], FindingCode]>([
    ['a section that is another word', { section: 'Samfunn' }, 'section-invalid'],
    ['an area that is another word', { areas: ['oppvekst og skole'] }, 'area-invalid'],
    ['a frame code that is another code', { frame: 'r9' }, 'frame-invalid'],
  ])('%s is not', (_name, o, code) => {
    expect(codesOf(o)).toEqual([code]);
  });

  it('quotes the value as typed in the finding', () => {
    const f = validatePlan(makePlan({ operating: [makeOperating({ frame: 'r9' })], investment: [] }));
    expect(f.map((x) => [x.code, x.cell, x.params])).toEqual([['frame-invalid', 'T2', { frame: 'r9' }]]);
  });
});
