/**
 * The words for a write the product refused because a user's cells stand where it would have to write
 * (SPEC §11), shared by the command line and the task pane: which cells, that nothing was written, and
 * what to do.
 */
import { userCellAddress, type Lang, type UserCell } from '../domain';
import { makeTranslator, type Catalog } from './translate';

const SHOWN = 3;

const catalog: Catalog<'blocked' | 'more'> = {
  nb: {
    blocked:
      'Ingenting er skrevet: {cells} har innhold som ikke er tiltaksplans, der tiltaksplan måtte skrive. Flytt innholdet og prøv igjen.',
    more: '{cells} og {count} celler til',
  },
  nn: {
    blocked:
      'Ingenting er skrive: {cells} har innhald som ikkje er tiltaksplans, der tiltaksplan måtte skrive. Flytt innhaldet og prøv igjen.',
    more: '{cells} og {count} celler til',
  },
  en: {
    blocked:
      'Nothing written: {cells} holds content that is not tiltaksplan’s, where tiltaksplan would have to write. Move it and try again.',
    more: '{cells} and {count} more cells',
  },
};

const text = makeTranslator(catalog);

/** One sentence naming the first few cells in the way (and how many more). */
export function blockedText(blocked: readonly UserCell[], lang: Lang): string {
  const named = blocked.slice(0, SHOWN).map(userCellAddress).join(', ');
  const rest = blocked.length - SHOWN;
  const cells = rest > 0 ? text('more', lang, { cells: named, count: rest }) : named;
  return text('blocked', lang, { cells });
}
