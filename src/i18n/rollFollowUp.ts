/**
 * The roll's notes of what it changed or left for the user besides the figures it moved (rollover/followUp.ts):
 * priorities numbered again after finished measures left, kept years whose new money the rounding over the new
 * period moved, and the economy plan's years still empty (the new last one, which the roll leaves for finance's figures, and any
 * left empty since an earlier roll). Joined
 * into the roll's notes by roll.ts, for the command line and the pane alike.
 */
import { formatAmount, type Lang, type RollFollowUp, type Unit } from '../domain';
import { listText } from './listText';
import { makeTranslator } from './translate';

export const ROLL_FOLLOW_UP = {
  nb: {
    renumbered:
      'Prioritetene i seksjonen «{section}» er nummerert på nytt etter at ferdige engangstiltak gikk ut: {changes} (de gamle står på arket «{sheet}»).',
    newMoneyShift:
      'Nye midler for {id} er ikke de samme i alle årene som er igjen, fordi de fordeles og avrundes på nytt over den nye perioden: {changes}. Kontroller tiltaket mot økonomiplanen for {count, plural, one {dette året} other {disse årene}}.',
    newMoneyYear: '{year} fra {before} til {after}',
    economyPlanEmpty:
      'Økonomiplanen har ingen beløp for {years} ennå: kontrollen avstemmer ikke {years} før tallene fra den nye økonomiplanen er lagt inn.',
  },
  nn: {
    renumbered:
      'Prioritetane i seksjonen «{section}» er nummererte på nytt etter at ferdige eingongstiltak gjekk ut: {changes} (dei gamle står på arket «{sheet}»).',
    newMoneyShift:
      'Nye midlar for {id} er ikkje dei same i alle åra som er att, fordi dei blir fordelte og avrunda på nytt over den nye perioden: {changes}. Kontroller tiltaket mot økonomiplanen for {count, plural, one {dette året} other {desse åra}}.',
    newMoneyYear: '{year} frå {before} til {after}',
    economyPlanEmpty:
      'Økonomiplanen har ingen beløp for {years} enno: kontrollen avstemmer ikkje {years} før tala frå den nye økonomiplanen er lagde inn.',
  },
  en: {
    renumbered:
      'The priorities in section "{section}" are numbered again after finished one-off measures left: {changes} (the old ones are on the sheet "{sheet}").',
    newMoneyShift:
      'The new money of {id} is not the same in every year that stays, because it is spread and rounded again over the new period: {changes}. Check the measure against the economy plan for {count, plural, one {that year} other {those years}}.',
    newMoneyYear: '{year} from {before} to {after}',
    economyPlanEmpty:
      'The economy plan has no amounts for {years} yet: the check does not reconcile {years} until the figures of the new economy plan are entered.',
  },
} as const;

const text = makeTranslator(ROLL_FOLLOW_UP);

/** The notes of a roll's follow-up in `lang`, amounts in the workbook `unit`, `sheet` the archive of the old period. */
export function followUpLines(f: RollFollowUp | undefined, unit: Unit, sheet: string, lang: Lang) {
  if (f === undefined) return { renumbered: [], shifts: [], economyPlan: [] };
  const renumbered = f.renumbered.map((s) => {
    const changes = s.changes.map((c) => `${c.id} ${c.from} → ${c.to}`).join(', ');
    return text('renumbered', lang, { section: s.section, changes, sheet });
  });
  const shifts = f.newMoneyShifts.map((s) => {
    const year = (c: (typeof s.changes)[number]) =>
      text('newMoneyYear', lang, {
        year: c.year,
        before: formatAmount(c.before, unit),
        after: formatAmount(c.after, unit),
      });
    return text('newMoneyShift', lang, { id: s.id, changes: s.changes.map(year).join(', '), count: s.changes.length });
  });
  const empty = f.economyPlanEmptyYears;
  const economyPlan = empty.length === 0 ? [] : [text('economyPlanEmpty', lang, { years: listText(empty, lang) })];
  return { renumbered, shifts, economyPlan };
}
