/** Where OFFSET counts from (rollover/offsetAnchors.ts): its first argument, whatever stands in it. */
import { offsetAnchors } from '../../../src/domain/rollover/offsetAnchors';

describe('offsetAnchors', () => {
  it.each([
    ["SUM(OFFSET('Tiltak drift'!H1,1,0,11,1))", ["'Tiltak drift'!H1"]],
    ["OFFSET('Drift, 2027'!A1,1,0)", ["'Drift, 2027'!A1"]], // a comma inside the quoted sheet name
    ['offset(tblTiltakDrift[[#Headers],[2027]],1,0)', ['tblTiltakDrift[[#Headers],[2027]]']], // commas in brackets
    ['OFFSET(INDEX(H:H,2),0,0)+OFFSET(Start,1,1)', ['INDEX(H:H,2)', 'Start']], // nested call, two OFFSETs
    ['OFFSET(OFFSET(A1,1,1),1,1)', ['OFFSET(A1,1,1)']], // the inner OFFSET is inside the outer one's anchor
    ['"OFFSET(H1,1,1)"&XOFFSET(H2)', []], // text, and another function's name
  ])('%s → %j', (formula, anchors) => {
    expect(offsetAnchors(formula).anchors).toEqual(anchors);
  });

  it('leaves the other arguments and the rest of the formula where they stood', () => {
    // The anchor 'Tiltak drift'!A1 is 17 characters: 14 for the quoted name, 1 for "!", 2 for A1; blanked, not cut.
    const { rest } = offsetAnchors("SUM(OFFSET('Tiltak drift'!A1,1,7,11,1))+'Tiltak drift'!H2");
    expect(rest).toBe(`SUM(OFFSET(${' '.repeat(17)},1,7,11,1))+'Tiltak drift'!H2`);
  });
});
