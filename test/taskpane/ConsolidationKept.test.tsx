/** @jest-environment jsdom */
/**
 * «Åpne flere planer» (SPEC §15) keeps the plans and the economy plan she chose while she goes back to the one open
 * plan and returns (useKept.ts, as the pane's forms): she does not choose them again.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tp } from '../../src/i18n/taskpane';
import { BrowserPane } from '../../src/taskpane/browser/BrowserPane';

// The pane opens the example workbook meanwhile: on a loaded 2-core machine that takes a while.
jest.setTimeout(60_000);

const chosen = (key: 'choosePlans' | 'chooseEconomyPlan', names: string) => `${tp('nb', key)}: ${names}`;

test('the files chosen in «Åpne flere planer» are there again after «Tilbake til én plan»', async () => {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <BrowserPane lang="nb" />
    </FluentProvider>,
  );
  await user.click(screen.getByRole('button', { name: tp('nb', 'openSeveral') }));
  await user.upload(await screen.findByTestId('plans-input'), [
    new File(['x'], 'boligsosial.xlsx'),
    new File(['x'], 'helse.xlsx'),
  ]);
  await user.upload(screen.getByTestId('economy-input'), new File(['x'], 'okonomiplan.xlsx'));
  expect(screen.getByText(chosen('choosePlans', 'boligsosial.xlsx, helse.xlsx'))).toBeTruthy();

  await user.click(screen.getByRole('button', { name: tp('nb', 'backToOne') }));
  expect(screen.queryByTestId('plans-input')).toBeNull();
  await user.click(screen.getByRole('button', { name: tp('nb', 'openSeveral') }));

  expect(await screen.findByText(chosen('choosePlans', 'boligsosial.xlsx, helse.xlsx'))).toBeTruthy();
  expect(screen.getByText(chosen('chooseEconomyPlan', 'okonomiplan.xlsx'))).toBeTruthy();
  expect(screen.getByRole('button', { name: tp('nb', 'reconcilePlans') }).hasAttribute('disabled')).toBe(false);
});
