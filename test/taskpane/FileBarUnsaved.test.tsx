/** @jest-environment jsdom */
/**
 * The plain browser holds what was added in the page until «Last ned arbeidsbok»: opening another workbook (the
 * example here) while the open one is unsaved asks first; «Avbryt» keeps it, «Åpne likevel» opens; a workbook with
 * nothing unsaved opens at once.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tp } from '../../src/i18n/taskpane';
import { FileBar } from '../../src/taskpane/browser/FileBar';
import type { FileSession } from '../../src/taskpane/browser/useFileWorkbook';
import { useAction } from '../../src/taskpane/hooks/useAction';

function Bar({ session }: { readonly session: FileSession }): JSX.Element {
  const action = useAction();
  return (
    <FluentProvider theme={webLightTheme}>
      <FileBar lang="nb" session={session} result={null} snapshot={null} action={action} recheck={jest.fn()} />
    </FluentProvider>
  );
}

const sessionWith = (unsaved: boolean): FileSession => ({
  workbook: null,
  port: null,
  file: 'plan.xlsx',
  selection: null,
  loading: false,
  error: null,
  notes: [],
  openFile: jest.fn(),
  openExample: jest.fn(),
  openNew: jest.fn(),
  unsaved,
  saved: jest.fn(),
});

const openExample = () => userEvent.click(screen.getByRole('button', { name: tp('nb', 'openExample') }));

test('unsaved: «Åpne eksempel» asks; «Avbryt» keeps the workbook, «Åpne likevel» opens the example', async () => {
  const session = sessionWith(true);
  render(<Bar session={session} />);
  await openExample();
  expect(screen.getByRole('dialog')).toBeTruthy();
  expect(screen.getByText(tp('nb', 'unsavedTitle'))).toBeTruthy();
  await userEvent.click(screen.getByRole('button', { name: tp('nb', 'cancel') }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(session.openExample).not.toHaveBeenCalled();
  await openExample();
  await userEvent.click(screen.getByRole('button', { name: tp('nb', 'openAnyway') }));
  expect(session.openExample).toHaveBeenCalledTimes(1);
});

test('nothing unsaved: «Åpne eksempel» opens at once, no question', async () => {
  const session = sessionWith(false);
  render(<Bar session={session} />);
  await openExample();
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(session.openExample).toHaveBeenCalledTimes(1);
});
