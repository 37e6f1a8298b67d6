/** @jest-environment jsdom */
import './jsdomShims';
import { render, screen } from '@testing-library/react';
import { tp } from '../../src/i18n/taskpane';
import { HostStatus } from '../../src/taskpane/components/HostStatus';

describe('HostStatus', () => {
  it.each([
    ['nb-NO', 'nb', 'Venter på Excel …'],
    ['nn-NO', 'nn', 'Ventar på Excel …'],
    ['en-GB', 'en', 'Waiting for Excel …'],
  ] as const)('waits for Excel in %s', (tag, _lang, text) => {
    render(<HostStatus state="waiting" langTag={tag} />);
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    ['no-answer', 'hostNoAnswer', true],
    ['load-failed', 'hostLoadFailed', false],
    ['not-excel', 'hostNotExcel', false],
  ] as const)('words %s as what to do', (state, key, stillWaiting) => {
    render(<HostStatus state={state} langTag="nb-NO" />);
    expect(screen.getByText(tp('nb', key))).toBeTruthy();
    expect(screen.queryByText(tp('nb', 'hostWaiting')) !== null).toBe(stillWaiting);
  });
});
