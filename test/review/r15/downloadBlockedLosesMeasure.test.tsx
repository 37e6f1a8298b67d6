/** @jest-environment jsdom */
/**
 * Review r15 (the pane in a plain browser, SPEC §11 «writing into a user's workbook», §13 «outside Excel … runs the
 * same checks»): a note she typed below Sammendrag makes «Last ned arbeidsbok» refuse once she has added a measure
 * in the pane, and the measure then has no way out of the browser.
 *
 * By hand: the example with Sammendrag written (its block A1:L66 since the head names the plan (r27), A1:L65 when found; the last row «Finansiering = Kostnadsramme
 * (investering)» ✓). Kari types «Kari: tallene er foreløpige» in Sammendrag!A66 (A67 now), just below it, and opens the file in
 * the pane. She adds D-012 «Vaktmestertjeneste i boligene» (Organisasjon, Varig, Beregnet, 50 a year, Helårsvirkning
 * 50, Nye midler 50, R5, Eiendomssjef): R5 and Eiendomssjef are new rows in Sammendrag («Nye midler per
 * rammeområde», «Driftskostnad per ansvarlig»), so the block grows by two rows, over A66.
 * What she sees on «Last ned arbeidsbok»: «Noe gikk galt. Ingenting er skrevet: Sammendrag!A66 har innhold som ikke
 * er tiltaksplans, der tiltaksplan måtte skrive. Flytt innholdet og prøv igjen.» The pane cannot move a cell, and
 * the file on her disk does not hold D-012: to move A66 she must open that file in Excel and type the measure again
 * in the pane. (In Excel the measure is already in her workbook; only here is it held by the page alone.)
 *
 * Expected: the measure she added reaches a workbook she can keep, her note unchanged — Sammendrag written around
 * A66 or left as it was (and said), but not the whole download refused.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { planCheckSheets } from '../../../src/cli/commands/checkWrite';
import { checkSnapshot } from '../../../src/domain/check';
import { planAddMeasure } from '../../../src/domain/measureEdits/add';
import type { CheckResult, WorkbookSnapshot } from '../../../src/domain';
import { cellAt } from '../../../src/domain/read/sheetCells';
import { renderFinding } from '../../../src/i18n';
import { tp } from '../../../src/i18n/taskpane';
import { buildXlsx, download, exampleEdits, openXlsx, type FileWorkbook } from '../../../src/taskpane/browser/files';
import { FileBar } from '../../../src/taskpane/browser/FileBar';
import type { FileSession } from '../../../src/taskpane/browser/useFileWorkbook';
import { paneErrorText } from '../../../src/taskpane/errors';
import { useAction } from '../../../src/taskpane/hooks/useAction';

// Builds, writes and reads the example as a file: on a loaded 2-core machine the pane tests here passed 60 s once.
jest.setTimeout(120_000);

jest.mock('../../../src/taskpane/browser/files', () => ({
  ...jest.requireActual('../../../src/taskpane/browser/files'),
  download: jest.fn(),
}));
const downloaded = download as jest.MockedFunction<typeof download>;

const NOTE = 'Kari: tallene er foreløpige';

const checked = (snapshot: WorkbookSnapshot): CheckResult =>
  checkSnapshot(snapshot, { file: 'plan.xlsx', defaultStartYear: 2027, render: (f, u) => renderFinding(f, 'nb', u) });

const sheetOf = (snapshot: WorkbookSnapshot, name: string) => {
  const sheet = snapshot.sheets.find((s) => s.sheet === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

/** The example as a file: Sammendrag written, her note below it, then D-012 added as the pane's form adds it. */
async function session(add = true): Promise<{ wb: FileWorkbook; snapshot: WorkbookSnapshot; result: CheckResult }> {
  const wb = await buildXlsx(exampleEdits(2027));
  const first = await wb.read();
  const sheets = planCheckSheets(first, checked(first), 'nb');
  if (!sheets.ok) throw new Error('blocked');
  await wb.apply(sheets.edits);
  const written = sheetOf(await wb.read(), 'Sammendrag');
  // The block ends on row 66 (column A, 1-based; 65 before the head named the plan, r27): the last check row, nothing below.
  expect(String(cellAt(written, 66, 1))).toMatch(/^Finansiering = Kostnadsramme/);
  expect(cellAt(written, 67, 1)).toBeNull();
  await wb.apply([{ kind: 'setCells', sheet: 'Sammendrag', origin: 'A67', values: [[NOTE]] }]);

  const before = await wb.read();
  const row = {
    values: {
      id: 'D-012',
      section: 'Organisasjon',
      priority: 7,
      measure: 'Vaktmestertjeneste i boligene',
      kind: 'Varig',
      costStatus: 'Beregnet',
      fullYear: 50,
      finNew: 50,
      responsible: 'Eiendomssjef',
      areas: 'Areal og samfunnsutvikling',
      frame: 'R5',
    },
    years: [50, 50, 50, 50],
  };
  const added = planAddMeasure(checked(before).plan, 'operating', row, before);
  if (!added.ok) throw new Error('the row itself is blocked');
  if (add) await wb.apply(added.edits);
  const snapshot = await wb.read();
  return { wb, snapshot, result: checked(snapshot) };
}

function Bar({ wb, snapshot, result }: Awaited<ReturnType<typeof session>>): JSX.Element {
  const action = useAction();
  const fileSession: FileSession = {
    workbook: wb,
    port: wb,
    file: 'plan.xlsx',
    selection: null,
    loading: false,
    error: null,
    notes: [],
    openFile: jest.fn(),
    openExample: jest.fn(),
    openNew: jest.fn(),
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <FileBar
        lang="nb"
        session={fileSession}
        result={result}
        snapshot={snapshot}
        action={action}
        recheck={jest.fn()}
      />
      {action.error && <p role="alert">{paneErrorText('nb', action.error)}</p>}
    </FluentProvider>
  );
}

beforeEach(() => downloaded.mockClear());

test('control: without the new measure the same file downloads, the note where she typed it', async () => {
  render(<Bar {...await session(false)} />);
  await userEvent.click(screen.getByRole('button', { name: tp('nb', 'downloadWorkbook') }));
  await waitFor(() => expect(downloaded).toHaveBeenCalledTimes(1));
  const bytes = downloaded.mock.calls[0]![0] as Uint8Array;
  const file = await (await openXlsx(bytes.slice().buffer)).read();
  expect(cellAt(sheetOf(file, 'Sammendrag'), 67, 1)).toBe(NOTE);
});

test('the measure added in the pane can be downloaded though a note sits below Sammendrag', async () => {
  const state = await session();
  // D-012 is in the pane's workbook (row 13, below D-011 on row 12), new money 50 a year in R5.
  expect(state.result.plan.operating.map((m) => m.id)).toContain('D-012');
  render(<Bar {...state} />);
  await userEvent.click(screen.getByRole('button', { name: tp('nb', 'downloadWorkbook') }));
  await waitFor(() => expect(downloaded.mock.calls.length + screen.queryAllByRole('alert').length).toBeGreaterThan(0));
  expect(screen.queryByRole('alert')).toBeNull();
  expect(downloaded).toHaveBeenCalledTimes(1);
  const bytes = downloaded.mock.calls[0]![0] as Uint8Array;
  const file = await (await openXlsx(bytes.slice().buffer)).read();
  expect(cellAt(sheetOf(file, 'Tiltak drift'), 13, 1)).toBe('D-012');
  // Her note: where she typed it, or moved with the block, but there and unchanged.
  const sammendrag = sheetOf(file, 'Sammendrag');
  expect(sammendrag.values.flat()).toContain(NOTE);
});
