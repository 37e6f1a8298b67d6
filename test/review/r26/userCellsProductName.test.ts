/**
 * Review r26 (a budget officer with a note typed right under Tiltak drift, browser pane): adding a measure is
 * refused, rightly, naming the cell: «Tiltaket kan ikke legges til ennå: Tiltak drift!A13 har innhold som ikke er
 * tiltaksplans, der den nye raden skal stå.» The product is named in lower case, «tiltaksplans» / «der tiltaksplan
 * måtte skrive», which reads as the common noun — «content that is not the measure plan's, where the measure plan
 * had to write» — not as the tool. Every other message names the tool «Tiltaksplan» («som Tiltaksplan leser, men
 * ikke skriver i»). The same four messages in nb and nn (src/i18n/userCells.ts).
 *
 * By hand: no nb or nn message of these four names the product in lower case.
 */
import { USER_CELLS_CATALOG } from '../../../src/i18n/userCells';

test('the user-cells messages name the tool «Tiltaksplan», not «tiltaksplan(s)» the common noun', () => {
  const texts = (['nb', 'nn'] as const).flatMap((lang) =>
    (['blocked', 'repairBlocked', 'addBlocked', 'downloadLeft'] as const).map((k) => USER_CELLS_CATALOG[lang][k]),
  );
  expect(texts.filter((t) => /\btiltaksplans?\b/.test(t))).toEqual([]);
});
