/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Lang } from '../../src/domain/model/report';
import { tp } from '../../src/i18n/taskpane';
import { paneErrorText, toPaneError } from '../../src/taskpane/errors';
import { WorkbookError, WorkbookProtectedError, type WorkbookErrorKind } from '../../src/workbook/port';
import { protectionText } from '../../src/i18n/protection';
import { UnreadableWorkbookError } from '../../src/workbook/xlsx/unreadable';
import { FakePort, readyPlan } from './fakePort';
import { renderPane } from './renderPane';

const KINDS: readonly WorkbookErrorKind[] = [
  'cell-edit-mode',
  'payload-too-large',
  'unsupported-api',
  'resize-unsupported',
  'sheet-protected',
  'sheet-missing',
  'unreadable',
  'strict-format',
  'backslash-names',
  'header-row-off',
  'unknown',
];
const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];
const RAW = 'GeneralException: internal detail 0x80004005 at Excel.run';

describe('errors in the user’s words', () => {
  it.each(KINDS)('has its own message for %s in nb, nn and en, never the raw text', (kind) => {
    const texts = LANGS.map((lang) => paneErrorText(lang, toPaneError(new WorkbookError(kind, RAW))));
    expect(new Set(texts).size).toBe(3);
    for (const text of texts) expect(text).not.toContain('0x80004005');
    const others = KINDS.filter((k) => k !== kind).map((k) =>
      paneErrorText('nb', toPaneError(new WorkbookError(k, RAW))),
    );
    expect(others).not.toContain(texts[0]);
  });

  it('names the sheets a file’s protection refused (the file adapter, before writing), not Excel’s own refusal', () => {
    const e = new WorkbookProtectedError({ added: ['Sammendrag'], protected: ['Tiltak drift', 'Innstillinger'] });
    for (const lang of LANGS) {
      const text = paneErrorText(lang, toPaneError(e));
      expect(text).toBe(protectionText(['Sammendrag'], ['Tiltak drift', 'Innstillinger'], lang));
      expect(text).not.toBe(tp(lang, 'errorSheetProtected', { code: '' }));
    }
    expect(paneErrorText('nb', toPaneError(e))).toContain('«Tiltak drift» og «Innstillinger»');
    expect(paneErrorText('en', toPaneError(e))).toContain('"Tiltak drift" and "Innstillinger"');
  });

  it('words anything else as an unknown error, with the host’s code when there is one', () => {
    expect(paneErrorText('nb', toPaneError(new TypeError(RAW)))).toBe(tp('nb', 'errorUnknown', { code: '' }));
    expect(paneErrorText('en', toPaneError(new WorkbookError('unknown', RAW, 'GeneralException')))).toContain(
      '(GeneralException)',
    );
  });

  it('shows a failed check in the user’s words, not the exception', async () => {
    const port = new FakePort(readyPlan());
    port.failure = new WorkbookError('cell-edit-mode', RAW, 'InvalidOperationInCellEditMode');
    await renderPane(port, 'overview');
    expect(await screen.findByText(tp('nb', 'errorCellEditMode'))).toBeTruthy();
    expect(document.body.textContent).not.toContain('0x80004005');
    port.failure = null;
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'recheck') }));
    await waitFor(() => expect(screen.queryByText(tp('nb', 'errorCellEditMode'))).toBeNull());
  });

  it('says when changes are not noticed by themselves', async () => {
    const port = new FakePort(readyPlan());
    port.watchFailure = new WorkbookError('unsupported-api', RAW, 'ApiNotFound');
    await renderPane(port, 'overview', { lang: 'nn' });
    expect(await screen.findByText(tp('nn', 'watchFailed'))).toBeTruthy();
  });

  it('reads every cell of the product sheets before it plans a repair', async () => {
    const port = new FakePort(readyPlan());
    await renderPane(port, 'structure');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'previewRepair') }));
    await waitFor(() => expect(port.scopes).toContain('structure'));
  });

  it('names the sheet where a read stopped at the cell limit, in the words of the command line', async () => {
    const port = new FakePort(readyPlan());
    port.failure = new UnreadableWorkbookError('too-many-cells', 'more than 1000000 cells', 'Notater');
    await renderPane(port, 'overview');
    await waitFor(() => expect(document.body.textContent).toContain('(grensen ble nådd på arket «Notater»)'));
    expect(document.body.textContent).toContain('For stor: arbeidsboken har mer enn 1 million utfylte celler');
    const error = toPaneError(port.failure);
    expect(paneErrorText('nn', error)).toContain('(grensa vart nådd på arket «Notater»)');
    expect(paneErrorText('en', error)).toContain('(the limit was reached on the sheet "Notater")');
    // Without a sheet, the reason alone; what to do still follows.
    const bare = toPaneError(new UnreadableWorkbookError('too-many-cells', 'x'));
    expect(paneErrorText('en', bare)).toBe(
      'Too large: the workbook has more than 1 million filled cells on the sheets read. ' + tp('en', 'errorUnreadable'),
    );
  });
});
