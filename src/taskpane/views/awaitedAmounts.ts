/**
 * Amounts the form refuses as typed («1 500 000 kr» in a mill kr plan, «mye»): the form writes nothing for them, so
 * the live check would judge the row as if the field were empty (a Helårsvirkning of 0, a financing that does not
 * add up). The rules that weigh a row's amounts against each other wait for a valid amount instead, and the form
 * says so once.
 */
import type { FindingCode, Lang, TableKind } from '../../domain';
import { listText } from '../../i18n/listText';
import { tp } from '../../i18n/taskpane';
import { formColumns, type FieldError } from './measureForm';

/** The rules of SPEC §8 (Status, Operating, Investment) that read more than one amount of the row. */
export const AMOUNT_RULES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'costed-without-amounts',
  'amounts-without-costing',
  'financing-sum',
  'financing-sign',
  'year-exceeds-full-year',
  'full-year-not-reached',
  'one-off-full-year',
  'frame-missing',
  'new-money-rounded-to-zero',
  'investment-phasing',
  'investment-financing-sum',
  'vat-on-rental',
  'vat-share',
  'below-investment-threshold',
  'unit-suspect',
]);

/** The form keys of the amount fields (plan years included) holding text the form refuses. */
export function refusedAmounts(kind: TableKind, errors: Readonly<Record<string, FieldError>>): string[] {
  const amounts = new Set(formColumns(kind).flatMap((c) => (c.type === 'amount' ? [c.key] : [])));
  return Object.keys(errors).filter((k) => k.startsWith('year:') || amounts.has(k));
}

const QUOTES: Readonly<Record<Lang, readonly [string, string]>> = { nb: ['«', '»'], nn: ['«', '»'], en: ['"', '"'] };

/** The line saying that the row's amounts are checked once the refused fields hold a valid amount. */
export function awaitedText(keys: readonly string[], kind: TableKind, years: readonly number[], lang: Lang): string {
  const [open, close] = QUOTES[lang];
  const label = (k: string) =>
    k.startsWith('year:')
      ? String(years[Number(k.slice(5))] ?? '')
      : (formColumns(kind).find((c) => c.key === k)?.header ?? k);
  return tp(lang, 'amountsAwaited', {
    fields: listText(
      keys.map((k) => `${open}${label(k)}${close}`),
      lang,
    ),
  });
}
