/** Renders the pane around a fake port inside FluentProvider, and waits for the first check to finish. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import type { Lang } from '../../src/domain/model/report';
import { tp } from '../../src/i18n/taskpane';
import { Pane, type PaneProps, type ViewName } from '../../src/taskpane/components/Pane';
import { FakePort } from './fakePort';

export async function renderPane(
  port: FakePort,
  view: ViewName,
  opts: { lang?: Lang } & Partial<PaneProps> = {},
): Promise<ReturnType<typeof render>> {
  const lang = opts.lang ?? 'nb';
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <Pane port={port} file="test.xlsx" lang={lang} initialView={view} {...opts} />
    </FluentProvider>,
  );
  // Done when neither the first-check text nor the progress bar (a re-check, a write) is on screen: a click
  // while the pane is busy would land on a disabled button.
  await waitFor(() => {
    expect(screen.queryByText(tp(lang, 'checking'))).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
  return utils;
}

/** The select edits applied so far, as "Sheet!Cell". */
export function selections(port: FakePort): string[] {
  return port.edits.flatMap((e) => (e.kind === 'select' ? [`${e.sheet}!${e.cell}`] : []));
}
