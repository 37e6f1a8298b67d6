/**
 * Why a cell is in the way of a write when it is not for its content (SPEC §11): a range she merged where the product
 * writes, empty or not (named by its range and the cell written, not «has content»), and, on an older Sammendrag
 * without the Plannavn row, her note beside a row that the new head moves one row down (docs/spec.md §11). Shared by
 * the refusals of userCells.ts, each ending in its own «do it again».
 */
import { userCellAddress, type Lang, type UserCell } from '../domain';
import { makeTranslator, type Catalog, type MessageParams } from './translate';

/** The sentence a refusal opens with when only such cells are in the way. */
type Lead = 'nothingWritten' | 'repairLead' | 'addLead' | 'downloadLead';
/** What to do once the cause is gone, in each refusal. */
export type Again = 'again' | 'againRepair' | 'againAdd' | 'againDownload';
type Key = Lead | Again | 'merged' | 'rowMovesHead' | 'rowMovesOne' | 'rowMovesMany';

/** The catalogue, exported for the catalogue tests. */
export const USER_CELLS_WHY_CATALOG: Catalog<Key> = {
  nb: {
    nothingWritten: 'Ingenting er skrevet.',
    repairLead: 'En kolonne er ikke tatt med i reparasjonen.',
    addLead: 'Tiltaket kan ikke legges til ennå.',
    downloadLead: 'Arbeidsboken er lastet ned, men {sheets} er ikke skrevet på nytt og står som før.',
    again: 'kjør igjen',
    againRepair: 'forhåndsvis på nytt',
    againAdd: 'legg til tiltaket på nytt',
    againDownload: 'last ned på nytt',
    merged: '{range} er slått sammen, og Tiltaksplan skal skrive i {cell}. Opphev sammenslåingen, og {again}.',
    rowMovesHead: 'Sammendrag får en ny rad øverst (Plannavn), så radene under flyttes én rad ned.',
    rowMovesOne:
      'Merknaden din i {cell} ville da stå ved en annen rad. Sett inn en tom rad over rad 2 i Sammendrag, så følger merknaden raden sin (til {to}), og {again}.',
    rowMovesMany:
      'Merknadene dine i {cells} ville da stå ved andre rader. Sett inn en tom rad over rad 2 i Sammendrag, så følger merknadene radene sine, og {again}.',
  },
  nn: {
    nothingWritten: 'Ingenting er skrive.',
    repairLead: 'Ein kolonne er ikkje teken med i reparasjonen.',
    addLead: 'Tiltaket kan ikkje leggjast til enno.',
    downloadLead: 'Arbeidsboka er lasta ned, men {sheets} er ikkje skrive på nytt og står som før.',
    again: 'køyr igjen',
    againRepair: 'førehandsvis på nytt',
    againAdd: 'legg til tiltaket på nytt',
    againDownload: 'last ned på nytt',
    merged: '{range} er slått saman, og Tiltaksplan skal skrive i {cell}. Opphev samanslåinga, og {again}.',
    rowMovesHead: 'Sammendrag får ei ny rad øvst (Plannavn), så radene under blir flytte éi rad ned.',
    rowMovesOne:
      'Merknaden din i {cell} ville då stå ved ei anna rad. Set inn ei tom rad over rad 2 i Sammendrag, så følgjer merknaden rada si (til {to}), og {again}.',
    rowMovesMany:
      'Merknadene dine i {cells} ville då stå ved andre rader. Set inn ei tom rad over rad 2 i Sammendrag, så følgjer merknadene radene sine, og {again}.',
  },
  en: {
    nothingWritten: 'Nothing written.',
    repairLead: 'A column is left out of the repair.',
    addLead: 'The measure cannot be added yet.',
    downloadLead: 'The workbook is downloaded without writing {sheets} anew (left as it was).',
    again: 'run again',
    againRepair: 'preview again',
    againAdd: 'add the measure again',
    againDownload: 'download again',
    merged: '{range} is merged, and Tiltaksplan has to write in {cell}. Unmerge it, and {again}.',
    rowMovesHead: 'Sammendrag gets a new row at the top (Plannavn), so the rows below move one row down.',
    rowMovesOne:
      'Your note in {cell} would then stand beside another row. Insert an empty row above row 2 of Sammendrag, so that the note follows its row (to {to}), and {again}.',
    rowMovesMany:
      'Your notes in {cells} would then stand beside other rows. Insert an empty row above row 2 of Sammendrag, so that the notes follow their rows, and {again}.',
  },
};

const text = makeTranslator(USER_CELLS_WHY_CATALOG);

/** A lead sentence of a refusal. */
export const whyText = (key: Lead, lang: Lang, params?: MessageParams): string => text(key, lang, params);

/**
 * The sentences for the cells in the way whose reason is not «content»: a range she merged (named whole, with the
 * cell written; empty or not) and, on an older Sammendrag, her notes beside rows that move down. `again` ends each.
 */
export function whySentences(
  blocked: readonly UserCell[],
  lang: Lang,
  again: Again,
  cellsText: (cells: readonly UserCell[]) => string,
): string[] {
  const params = { again: text(again, lang) };
  const merged = blocked.flatMap((u) =>
    u.merged ? [text('merged', lang, { ...params, range: `${u.sheet}!${u.merged.range}`, cell: u.merged.writes })] : [],
  );
  const moving = blocked.filter((u) => u.rowMoves && !u.merged);
  const [one] = moving;
  const notes =
    moving.length === 0
      ? []
      : [
          text('rowMovesHead', lang),
          moving.length === 1 && one?.rowMoves
            ? text('rowMovesOne', lang, { ...params, cell: userCellAddress(one), to: one.rowMoves.to })
            : text('rowMovesMany', lang, { ...params, cells: cellsText(moving) }),
        ];
  return [...merged, ...notes];
}
