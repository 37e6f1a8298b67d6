/**
 * The head of Endringer's change set: what makes the changes below doubtful (amounts not converted to a new unit,
 * years not compared, an ID on several rows), the summary counts, the lists apart, the settings changed and the
 * years compared. As the change report says them (SPEC §14).
 */
import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { ChangeSet, Lang } from '../../domain';
import { ct, settingChangeText, unitNotConvertedText } from '../../i18n/compare';
import { apartSummaries, notReadTexts, unitRoundingText } from '../../report/compareApart';
import { duplicateTexts, uncompared } from '../../report/compareDuplicates';
import { replacedTextNotes } from '../../report/compareReplaced';
import { linesNotFoundTexts, summaryKey } from '../../report/compareLinesNotFound';

export function ChangesNotes({ diff, lang }: { readonly diff: ChangeSet; readonly lang: Lang }): JSX.Element {
  const { added, removed, finished, changed } = diff.measures;
  const lines = diff.economyPlan;
  const counts = {
    added: added.length,
    removed: removed.length,
    finished: finished.length,
    changed: changed.length,
    linesAdded: lines.added.length,
    linesRemoved: lines.removed.length,
    linesChanged: lines.changed.length,
  };
  const rounding = unitRoundingText(lang, diff);
  const duplicates = duplicateTexts(lang, diff);
  const nothing =
    diff.settings.length === 0 &&
    diff.duplicateIds.every((d) => uncompared(d).length === 0) &&
    Object.values(counts).every((n) => n === 0);
  return (
    <>
      {/* Amounts left unconverted after a change of unit make every change below a false one: say so first. */}
      {diff.unitNotConverted && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{unitNotConvertedText(lang, diff.unitNotConverted)}</MessageBarBody>
        </MessageBar>
      )}
      {/* A table's year headers not the period: the years it has no column for are not compared (as the report). */}
      {notReadTexts(lang, diff).map((text) => (
        <MessageBar key={text} intent="warning" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ))}
      <Text role="status">{ct(lang, nothing ? 'nothing' : summaryKey(diff), counts)}</Text>
      {/* An ID on several rows: its rows and cells, and the row compared with nothing (in the totals all the same). */}
      {duplicates.map((text) => (
        <MessageBar key={text} intent="warning" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ))}
      {/* The economy plan table found in one version only: its lines not compared, the measures and totals are. */}
      {linesNotFoundTexts(lang, diff).map((text) => (
        <MessageBar key={text} intent="warning" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ))}
      {/* An ID whose Tiltak text was replaced: perhaps another measure now, compared as one changed measure. */}
      {replacedTextNotes(lang, diff).map((text) => (
        <MessageBar key={text} intent="warning" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ))}
      {apartSummaries(lang, diff).map((sentence) => (
        <Text key={sentence} size={200}>
          {sentence}
        </Text>
      ))}
      {diff.unitChanged && !diff.unitNotConverted && (
        <Text>{ct(lang, 'unitChanged', { old: diff.old.plan.unit, new: diff.new.plan.unit })}</Text>
      )}
      {rounding && <Text>{rounding}</Text>}
      {diff.settings.map((c) => (
        <Text key={c.field}>{settingChangeText(lang, c, diff.new.plan.unit)}</Text>
      ))}
      {diff.years.onlyOld.length + diff.years.onlyNew.length > 0 && (
        <Text size={200}>
          {diff.years.common.length > 0
            ? ct(lang, 'yearsCompared', { years: diff.years.common.join(', ') })
            : ct(lang, 'noCommonYears')}
        </Text>
      )}
      {diff.years.onlyOld.length > 0 && (
        <Text size={200}>{ct(lang, 'yearsOnlyOld', { years: diff.years.onlyOld.join(', ') })}</Text>
      )}
      {diff.years.onlyNew.length > 0 && (
        <Text size={200}>{ct(lang, 'yearsOnlyNew', { years: diff.years.onlyNew.join(', ') })}</Text>
      )}
    </>
  );
}
