/**
 * A compact table of amounts in the workbook unit (nb-NO formatting). Wider than the pane, it scrolls inside its
 * own box while the row labels stay in place; the caption stays above the box.
 */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { formatAmount, type Kr, type Unit } from '../../domain';

export interface AmountRow {
  readonly label: string;
  readonly amounts: readonly Kr[];
}

interface Props {
  readonly caption: string;
  readonly rowHeader: string;
  readonly columns: readonly string[];
  readonly rows: readonly AmountRow[];
  readonly unit: Unit;
}

export function AmountTable({ caption, rowHeader, columns, rows, unit }: Props): JSX.Element {
  return (
    <div>
      <div className="tp-caption">{caption}</div>
      <div className="tp-scroll" role="region" aria-label={caption} tabIndex={0}>
        <Table size="extra-small" aria-label={caption} className="tp-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{rowHeader}</TableHeaderCell>
              {columns.map((c) => (
                <TableHeaderCell key={c} className="tp-num">
                  {c}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.label}>
                <TableCell>{row.label}</TableCell>
                {row.amounts.map((a, i) => (
                  <TableCell key={i} className="tp-num">
                    {formatAmount(a, unit)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
