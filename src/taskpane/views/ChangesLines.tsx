/**
 * The economy plan lines in the Endringer view (SPEC §14): added, removed and changed, each changed line with the
 * changes that compare the versions; then, as the change report lists them apart after «Endrede linjer», the
 * lines' amounts in years only one version holds (docs/spec.md §14), in a group of their own.
 */
import { comparedChanges, isOneSided, type ChangeSet, type FieldChange, type Lang } from '../../domain';
import { ct } from '../../i18n/compare';
import { reportText } from '../../i18n/compareReport';
import { lineName } from '../../report/compareCells';
import { ChangeLines, Group } from './ChangesGroup';

interface Props {
  readonly diff: ChangeSet;
  readonly lang: Lang;
}

export function ChangesLines({ diff, lang }: Props): JSX.Element {
  const lines = diff.economyPlan;
  const none: readonly FieldChange[] = [];
  const items = [
    ...lines.added.map((l) => ({ l, what: ct(lang, 'linesAdded'), changes: none })),
    ...lines.removed.map((l) => ({ l, what: ct(lang, 'linesRemoved'), changes: none })),
    ...lines.changed
      .map((l) => ({ l, what: ct(lang, 'linesChanged'), changes: comparedChanges(l.changes) }))
      .filter((x) => x.changes.length > 0),
  ];
  const oneSided = lines.changed
    .filter((l) => l.changes.some(isOneSided))
    .map((l) => ({ l, what: ct(lang, 'linesChanged'), changes: l.changes.filter(isOneSided) }));
  const item = ({ l, what, changes }: (typeof items)[number]) => (
    <li key={`${what}-${l.sheet}-${l.row}`} className="tp-item">
      <div className="tp-item-head">
        <strong>{lineName(l)}</strong>
        <span>{`${what}${l.description ? ` · ${l.description}` : ''}`}</span>
      </div>
      {changes.length > 0 && <ChangeLines changes={changes} table="economyPlan" diff={diff} lang={lang} />}
    </li>
  );
  return (
    <>
      <Group
        title={ct(lang, 'economyPlan')}
        count={items.length}
        lang={lang}
        empty={
          // Not compared (the table or a column of it in one version only): said in place of «none», as the report.
          diff.economyPlanNotFound !== undefined
            ? reportText('linesNotCompared', lang)
            : lines.changed.length > 0
              ? reportText('changedOnlyRenumbered', lang)
              : undefined
        }
      >
        {items.map(item)}
      </Group>
      {oneSided.length > 0 && (
        <Group
          title={reportText('linesOneSided', lang)}
          count={oneSided.length}
          lang={lang}
          note={reportText('oneSidedNote', lang)}
        >
          {oneSided.map(item)}
        </Group>
      )}
    </>
  );
}
