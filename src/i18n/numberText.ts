/**
 * A plain number (a count, a number read from a cell: not an amount, which formatAmount shows in the unit) in
 * the language's format: bokmål and nynorsk take formatNumber's comma and space grouping, English a decimal
 * point and comma grouping.
 */
import { formatNumber, type Lang } from '../domain';

const EN_NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

export const numberText = (value: number, lang: Lang): string =>
  lang === 'en' ? EN_NUMBER.format(value) : formatNumber(value);
