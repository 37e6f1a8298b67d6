/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, renderHook, waitFor } from '@testing-library/react';
import { strToU8, zipSync } from 'fflate';
import { cliText } from '../../src/i18n/cliCommand';
import type { Unreadable } from '../../src/i18n/unreadable';
import { unreadableMessage, unreadableOf } from '../../src/taskpane/errors';
import { useFileWorkbook } from '../../src/taskpane/browser/useFileWorkbook';

const broken = (name: string) => readFileSync(path.join(__dirname, '..', 'fixtures', 'broken', name));
const asFile = (name: string, bytes: Buffer): File =>
  ({
    name,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  }) as File;

describe('useFileWorkbook: a file that does not open', () => {
  it.each([
    ['password-protected.xlsx', 'encrypted'],
    ['old-xls-renamed.xlsx', 'old-xls'],
    ['text-file.xlsx', 'not-zip'],
    ['truncated.xlsx', 'corrupt'],
    // These three open (the zip directory is sound) and fail only when a sheet is read: a sheet that inflates
    // to 300 MB, one that inflates past the size it declares, one that declares a DOCTYPE.
    ['zip-bomb-declared.xlsx', 'too-large'],
    ['zip-bomb-lying.xlsx', 'too-large'],
    ['doctype-entities.xlsx', 'not-allowed'],
  ] as const)('%s: the message says why (%s), the open workbook stays', async (name, reason) => {
    const openFailed = jest.fn(
      (u: Unreadable | undefined, file: string) => `${file} kunne ikke åpnes: ${u?.reason ?? '?'}`,
    );
    const { result } = renderHook(() => useFileWorkbook('eksempel.xlsx', openFailed, () => 'other'));
    await waitFor(() => expect(result.current.file).toBe('eksempel.xlsx'));
    const before = result.current.workbook;
    await act(() => result.current.openFile(asFile(name, broken(name))));
    expect(result.current.workbook).toBe(before);
    // The message names the file that failed: the file bar still shows the one that stays open.
    expect(openFailed).toHaveBeenLastCalledWith({ reason }, name);
    expect(result.current.error).toBe(`${name} kunne ikke åpnes: ${reason}`);
    expect(result.current.file).toBe('eksempel.xlsx');
    expect(cliText(`reason.${reason}`, 'nb')).not.toContain('reason.');
  });

  it('has no reason for an error that is not the file adapter’s', () => {
    expect(unreadableOf(new Error('x'))).toBeUndefined();
    expect(unreadableOf(null)).toBeUndefined();
  });

  it('an OpenDocument spreadsheet: says so, and how to save it as .xlsx in LibreOffice, then what to do', async () => {
    const ods = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }] });
    const openFailed = (u: Unreadable | undefined) => (u ? unreadableMessage('nb', u, 'Velg en annen fil.') : '?');
    const { result } = renderHook(() => useFileWorkbook('eksempel.xlsx', openFailed, () => 'other'));
    await waitFor(() => expect(result.current.file).toBe('eksempel.xlsx'));
    await act(() => result.current.openFile(asFile('budsjett.ods', Buffer.from(ods))));
    expect(result.current.error).toBe(
      'Et OpenDocument-regneark (.ods), ikke en Excel-arbeidsbok; åpne det i LibreOffice og velg ' +
        'Fil → Lagre som → Excel 2007-365 (.xlsx). Velg en annen fil.',
    );
    expect(result.current.file).toBe('eksempel.xlsx');
  });
});

describe('useFileWorkbook: a workbook the pane makes (a roll) that cannot be built', () => {
  it('rejects to the caller, which says so, and no second message appears beside it', async () => {
    const { result } = renderHook(() =>
      useFileWorkbook(
        'eksempel.xlsx',
        () => 'x',
        () => 'other',
      ),
    );
    await waitFor(() => expect(result.current.file).toBe('eksempel.xlsx'));
    // A table on a sheet that is not there: the package writer refuses it.
    const edits = [{ kind: 'createTable', sheet: 'Finnes ikke', name: 'tblX', ref: 'A1:B2' }] as const;
    await act(async () => {
      await expect(result.current.openNew(edits, 'rullert.xlsx', ['Planen er laget'])).rejects.toThrow();
    });
    expect(result.current.error).toBeNull();
    expect(result.current.file).toBe('eksempel.xlsx');
    expect(result.current.notes).toEqual([]);
    expect(result.current.loading).toBe(false);
  });
});
