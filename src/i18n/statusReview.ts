/**
 * The sentence put before an item's Forklaring on Avstemming when the Status the user left no longer says what it
 * said (docs/spec.md §10, domain/sheets/statusReview.ts), and the way back from that sentence to the Avvik that was
 * accepted, in whichever language wrote it: the note stays run after run until the user clears the Forklaring, which
 * the note says.
 */
import {
  CLASS_ORDER,
  formatAmount,
  parseNorwegianNumber,
  parseUnit,
  type StatusReviewText,
  type Lang,
  type ReconciliationClass,
  type StatusReview,
  type Unit,
} from '../domain';
import { reconciliationClassLabel } from './common';
import { LANGS } from './lang';

const REVIEW: Readonly<Record<Lang, Record<StatusReview['kind'], string>>> = {
  nb: {
    'accepted-changed':
      'Akseptert ved avvik {accepted}; avviket er nå {now} — vurder på nytt. Tøm Forklaring-cellen for å godta {now}.',
    'fixed-open': 'Merket Rettet, men avviket er fortsatt {now} — kontroller rettingen.',
    accepted: 'Akseptert ved avvik {accepted} ({unit}).',
    'accepted-reclassified':
      'Akseptert som {acceptedAs}; nå {nowAs} — vurder på nytt. Tøm Forklaring-cellen for å godta.',
  },
  nn: {
    'accepted-changed':
      'Akseptert ved avvik {accepted}; avviket er no {now} — vurder på nytt. Tøm Forklaring-cella for å godta {now}.',
    'fixed-open': 'Merkt Rettet, men avviket er framleis {now} — kontroller rettinga.',
    accepted: 'Akseptert ved avvik {accepted} ({unit}).',
    'accepted-reclassified':
      'Akseptert som {acceptedAs}; no {nowAs} — vurder på nytt. Tøm Forklaring-cella for å godta.',
  },
  en: {
    'accepted-changed':
      'Accepted at a difference of {accepted}; the difference is now {now} — review it. Empty the Forklaring cell to accept {now}.',
    'fixed-open': 'Marked Rettet, but the difference is still {now} — check the correction.',
    accepted: 'Accepted at a difference of {accepted} ({unit}).',
    'accepted-reclassified':
      'Accepted as {acceptedAs}; now {nowAs} — review it. Empty the Forklaring cell to accept it.',
  },
};

/**
 * The sentence for `review` in `lang`, amounts in the workbook unit. A changed acceptance says how to accept the
 * Avvik now there (clear the Forklaring cell, the note being what keeps the accepted Avvik: statusReview.ts), so the
 * note does not return run after run once she has looked at it.
 */
export function statusReviewText(review: StatusReview, lang: Lang, unit: Unit): string {
  const text = REVIEW[lang][review.kind];
  if (review.kind === 'accepted-reclassified')
    return text
      .replace('{acceptedAs}', () => reconciliationClassLabel(review.acceptedAs, lang))
      .replace('{nowAs}', () => reconciliationClassLabel(review.nowAs, lang));
  const now =
    review.kind === 'accepted'
      ? text.replace('{unit}', () => unit)
      : text.replace(/\{now\}/g, () => formatAmount(review.now, unit));
  return review.kind === 'fixed-open' ? now : now.replace('{accepted}', () => formatAmount(review.accepted, unit));
}

/** An Avvik a note names: its number, and its Beløpsenhet when the note names one. */
type AcceptedAvvik = NonNullable<ReturnType<StatusReviewText['acceptedIn']>>;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sentences naming an accepted Avvik in each language, up to the «;» or «.» after it, the amount captured (an
 * amount is written the nb-NO way, which has no «;» or «.» in it).
 */
const ACCEPTED_IN = LANGS.map((lang) => {
  const [before = ''] = REVIEW[lang].accepted.split('{accepted}');
  return new RegExp(`${escape(before)}([^;.]+)[;.]`);
});

/**
 * The accepted Avvik a Forklaring's note names, in any language: its number, and its unit when the note names one
 * («100 (1000 kr)», a kept row's note, so that it is read in it after a change of Beløpsenhet); else null.
 */
export function acceptedInExplanation(explanation: string): AcceptedAvvik | null {
  for (const re of ACCEPTED_IN) {
    const hit = re.exec(explanation)?.[1];
    if (hit === undefined) continue;
    const named = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(hit);
    const unit = named?.[2] !== undefined ? parseUnit(named[2]) : null;
    const value = parseNorwegianNumber(named?.[1] ?? hit);
    return value === null ? null : unit === null ? { value } : { value, unit };
  }
  return null;
}

/** The class a Klasse cell's text stands for: the class itself or its label in any language; else null. */
export function reconciliationClassOf(text: string): ReconciliationClass | null {
  const wanted = text.trim().toLowerCase();
  const hit = CLASS_ORDER.find(
    (c) => c === wanted || LANGS.some((lang) => reconciliationClassLabel(c, lang).toLowerCase() === wanted),
  );
  return hit ?? null;
}

/** The sentences naming the class «Akseptert» was given as, in each language, up to the «;» after it (captured). */
const ACCEPTED_AS_IN = LANGS.map((lang) => {
  const [before = ''] = REVIEW[lang]['accepted-reclassified'].split('{acceptedAs}');
  return new RegExp(`${escape(before)}([^;]+);`);
});

/** The class a Forklaring's note says «Akseptert» was given as, in any language; else null. */
export function acceptedAsInExplanation(explanation: string): ReconciliationClass | null {
  for (const re of ACCEPTED_AS_IN) {
    const hit = re.exec(explanation);
    const cls = hit?.[1] === undefined ? null : reconciliationClassOf(hit[1]);
    if (cls !== null) return cls;
  }
  return null;
}
