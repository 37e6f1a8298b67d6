/**
 * One block of the consolidated report (report/document.ts) in the pane: headings, paragraphs and tables. A
 * table's rows in groups (the new-money table: a plan's three rows) are one tbody each, the group's name a
 * header of its rows and each row's second cell a row header, as in the HTML report (both by tableBodies), so
 * a screen reader says which plan a row «Økonomiplan» is of.
 */
import { Text } from '@fluentui/react-components';
import { tableBodies, type Block, type TableBlock } from '../../report/document';

function Bodies({ block }: { block: TableBlock }): JSX.Element {
  const bodies = tableBodies(block).map(({ span, rows }) => (
    <tbody key={rows[0]?.index ?? 0}>
      {rows.map(({ index, cells }) => (
        <tr key={index}>
          {cells.map(({ text, role }, c) =>
            role === 'covered' ? null : role === 'group' ? (
              <th key={c} scope="rowgroup" rowSpan={span > 1 ? span : undefined}>
                {text}
              </th>
            ) : role === 'row' ? (
              <th key={c} scope="row">
                {text}
              </th>
            ) : (
              <td key={c} className={block.numeric?.includes(c) ? 'tp-num' : undefined}>
                {text}
              </td>
            ),
          )}
        </tr>
      ))}
    </tbody>
  ));
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
