/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkSnapshot } from '../../src/domain/check';
import type { Lang } from '../../src/domain/model/report';
import { renderFinding } from '../../src/i18n';
import { tp } from '../../src/i18n/taskpane';
import { htmlReport } from '../../src/report/htmlReport';
import { download } from '../../src/taskpane/browser/files';
import { FileBar } from '../../src/taskpane/browser/FileBar';
import { reportFileName } from '../../src/taskpane/browser/reportFile';
import type { FileSession } from '../../src/taskpane/browser/useFileWorkbook';
import { paneErrorText } from '../../src/taskpane/errors';
import { useAction } from '../../src/taskpane/hooks/useAction';
import { HOSTILE_MEASURE_ESCAPED, hostileSnapshot } from '../helpers/hostilePlan';

jest.mock('../../src/taskpane/browser/files', () => ({
  ...jest.requireActual('../../src/taskpane/browser/files'),
  download: jest.fn(),
}));
const downloaded = download as jest.MockedFunction<typeof download>;

const session = (file: string): FileSession => ({
  workbook: null,
  port: null,
  file,
  selection: null,
  loading: false,
  error: null,
  notes: [],
  openFile: jest.fn(),
  openExample: jest.fn(),
  openNew: jest.fn(),
});

const check = (lang: Lang, file: string) =>
  checkSnapshot(hostileSnapshot(), { file, defaultStartYear: 2027, render: (f, unit) => renderFinding(f, lang, unit) });

function Bar({ lang, file }: { readonly lang: Lang; readonly file: string }): JSX.Element {
  const action = useAction();
  const result = check(lang, file);
  return (
    <FluentProvider theme={webLightTheme}>
      <FileBar
        lang={lang}
        session={session(file)}
        result={result}
        snapshot={hostileSnapshot()}
        action={action}
        recheck={jest.fn()}
      />
      {action.error && <p role="alert">{paneErrorText(lang, action.error)}</p>}
    </FluentProvider>
  );
}

beforeEach(() => downloaded.mockClear());

describe('FileBar report downloads', () => {
  it.each(['nb', 'nn', 'en'] as const)('downloads the CLI’s HTML report in the pane’s language (%s)', async (lang) => {
    render(<Bar lang={lang} file="plan.xlsx" />);
    await userEvent.click(screen.getByRole('button', { name: tp(lang, 'downloadReportHtml') }));
    await waitFor(() => expect(downloaded).toHaveBeenCalledTimes(1));
    const [html, name, type] = downloaded.mock.calls[0]!;
    expect(name).toBe('plan-rapport.html');
    expect(type).toMatch(/^text\/html/);
    // One truth: byte for byte the page `tiltaksplan check --format html --lang <lang>` writes.
    expect(html).toBe(htmlReport([check(lang, 'plan.xlsx')], lang));
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(HOSTILE_MEASURE_ESCAPED);
    expect(html).not.toContain('<img');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('downloads the JSON report in the SPEC §12 shape', async () => {
    render(<Bar lang="nb" file="plan.xlsx" />);
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'downloadReport') }));
    await waitFor(() => expect(downloaded).toHaveBeenCalledTimes(1));
    const [json, name] = downloaded.mock.calls[0]!;
    expect(name).toBe('plan-rapport.json');
    const report = JSON.parse(String(json)) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['file', 'plan', 'summary', 'issues', 'totals', 'reconciliation']);
  });

  it.each([
    ['plan.xlsx', 'html', 'plan-rapport.html'],
    ['Budsjett 2027.XLSX', 'html', 'Budsjett 2027-rapport.html'],
    ['eksempel.xlsx', 'json', 'eksempel-rapport.json'],
    ['', 'html', 'tiltaksplan-rapport.html'],
  ] as const)('the report of %p as %s is named %p', (workbook, format, expected) => {
    expect(reportFileName(workbook, format)).toBe(expected);
  });
});
