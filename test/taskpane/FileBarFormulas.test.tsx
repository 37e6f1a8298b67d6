/** @jest-environment jsdom */
/**
 * «Last ned arbeidsbok» in the plain browser writes Avstemming anew as check --write does, her formulas in a column
 * she added to tblAvstemming going in as the values they showed: it says so, naming the cell and her formula as
 * she typed it, as check --write, roll and the add-in's «Skriv avstemming» do (before: nothing was said).
 * By hand: the example written once (tblAvstemming A1:P57), Q «Saksbehandler» added, `=[@Avvik]*2` typed in Q2
 * only (D-001 2027, Avvik 0, showing 0): the notice names «Avstemming!Q2 (=[@Avvik]*2)».
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkSnapshot } from '../../src/domain/check';
import type { CheckResult, WorkbookSnapshot } from '../../src/domain';
import { renderFinding } from '../../src/i18n';
import { tp } from '../../src/i18n/taskpane';
import { userFormulasText } from '../../src/i18n/userFormulas';
import { planCheckSheets } from '../../src/cli/commands/checkWrite';
import { download } from '../../src/taskpane/browser/files';
import { FileBar } from '../../src/taskpane/browser/FileBar';
import type { FileSession } from '../../src/taskpane/browser/useFileWorkbook';
import { useAction } from '../../src/taskpane/hooks/useAction';
import { buildXlsx, exampleEdits } from '../../src/taskpane/browser/files';
import type { FileWorkbook } from '../../src/taskpane/browser/files';

jest.mock('../../src/taskpane/browser/files', () => ({
  ...jest.requireActual('../../src/taskpane/browser/files'),
  download: jest.fn(),
}));
const downloaded = download as jest.MockedFunction<typeof download>;

const checked = (snapshot: WorkbookSnapshot): CheckResult =>
  checkSnapshot(snapshot, { file: 'plan.xlsx', defaultStartYear: 2027, render: (f, u) => renderFinding(f, 'nb', u) });

/** The example with Avstemming written once, then her column Q with `=[@Avvik]*2` in Q2. */
async function withFormula(): Promise<{ wb: FileWorkbook; snapshot: WorkbookSnapshot; result: CheckResult }> {
  const wb = await buildXlsx(exampleEdits(2027));
  const first = await wb.read();
  const plan = planCheckSheets(first, checked(first), 'nb');
  if (!plan.ok) throw new Error('blocked');
  await wb.apply(plan.edits);
  const rows = (await wb.read()).tables.find((t) => t.name === 'tblAvstemming')?.ref.replace('A1:P', '');
  expect(rows).toBe('57');
  await wb.apply([
    { kind: 'resizeTable', name: 'tblAvstemming', ref: `A1:Q${rows}` },
    {
      kind: 'setCells',
      sheet: 'Avstemming',
      origin: 'Q1',
      values: [['Saksbehandler'], [{ formula: '[@Avvik]*2', value: 0 }]],
    },
  ]);
  const snapshot = await wb.read();
  return { wb, snapshot, result: checked(snapshot) };
}

function Bar({ wb, snapshot, result }: Awaited<ReturnType<typeof withFormula>>): JSX.Element {
  const action = useAction();
  const session: FileSession = {
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
      <FileBar lang="nb" session={session} result={result} snapshot={snapshot} action={action} recheck={jest.fn()} />
      {action.notice && <p role="status">{action.notice}</p>}
    </FluentProvider>
  );
}

it('names her formula in Q2, carried as its value, when the workbook is downloaded', async () => {
  render(<Bar {...await withFormula()} />);
  await userEvent.click(screen.getByRole('button', { name: tp('nb', 'downloadWorkbook') }));
  await waitFor(() => expect(downloaded).toHaveBeenCalledTimes(1));
  const note = userFormulasText(
    [{ cell: 'Avstemming!Q2', formula: '=tblAvstemming[[#This Row],[Avvik]]*2', value: 0, table: 'tblAvstemming' }],
    'nb',
  );
  expect(note).toContain('Avstemming!Q2 (=[@Avvik]*2)');
  expect((await screen.findByRole('status')).textContent).toBe(note);
});
