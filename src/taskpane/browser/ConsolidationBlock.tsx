/**
 * One block of the consolidated report (report/document.ts) in the pane: headings, paragraphs and tables. A
 * table's rows in groups (the new-money table: a plan's three rows) are one tbody each, the group's name a
 * header of its rows and each row's second cell a row header, as in the HTML report, so a screen reader says
 * which plan a row «Økonomiplan» is of.
 */
import { Text } from '@fluentui/react-components';
import type { Block } from '../../report/document';

type TableBlock = Extract<Block, { kind: 'table' }>;

function Row({ block, r, group }: { block: TableBlock; r: number; group?: { size: number; first: boolean } }) {
  const row = block.rows[r] ?? [];
  return (
    <tr>
      {row.map((cell, c) => {
        if (group && c === 0)
          return group.first ? (
            <th key={c} scope="rowgroup" rowSpan={group.size > 1 ? group.size : undefined}>
              {cell}
            </th>
          ) : null;
        if ((group && c === 1) || (!group && c === 0 && block.rowHeaders === true))
          return (
            <th key={c} scope="row">
              {cell}
            </th>
          );
        return (
          <td key={c} className={block.numeric?.includes(c) ? 'tp-num' : undefined}>
            {cell}
          </td>
        );
      })}
    </tr>
  );
}

function Bodies({ block }: { block: TableBlock }): JSX.Element {
  if (!block.rowGroups)
    return (
      <tbody>
        {block.rows.map((_, r) => (
          <Row key={r} block={block} r={r} />
        ))}
      </tbody>
    );
  let start = 0;
  const bodies = block.rowGroups.map((size) => {
    const first = start;
    start += size;
    return (
      <tbody key={first}>
        {Array.from({ length: size }, (_, k) => (
          <Row key={first + k} block={block} r={first + k} group={{ size, first: k === 0 }} />
        ))}
      </tbody>
    );
  });
  return <>{bodies}</>;
}

export function ConsolidationBlock({ block }: { readonly block: Block }): JSX.Element | null {
  switch (block.kind) {
    case 'title':
      return null;
    case 'heading':
      return block.level === 2 ? <h3 className="tp-subheading">{block.text}</h3> : <h4>{block.text}</h4>;
    case 'paragraph':
      return <Text as="p">{block.text}</Text>;
    case 'table':
      return (
        <div className="tp-scroll" tabIndex={0} role="region" aria-label={block.headers.join(', ')}>
          <table className="tp-table">
            <thead>
              <tr>
                {block.headers.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <Bodies block={block} />
          </table>
        </div>
      );
  }
}
