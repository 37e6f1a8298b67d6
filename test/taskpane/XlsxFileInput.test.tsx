/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { XlsxFileInput } from '../../src/taskpane/components/XlsxFileInput';

describe('XlsxFileInput', () => {
  it('hands on the file chosen and is emptied, so the same file chosen again is read again', async () => {
    const chosen: string[] = [];
    const ref = createRef<HTMLInputElement>();
    render(<XlsxFileInput ref={ref} label="Åpne arbeidsbok" testId="file-input" onFile={(f) => chosen.push(f.name)} />);
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    expect(ref.current).toBe(input);
    expect(input.accept).toBe('.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(input.getAttribute('aria-label')).toBe('Åpne arbeidsbok');
    const file = new File(['x'], 'plan.xlsx');
    await userEvent.upload(input, file);
    await userEvent.upload(input, file);
    // Twice: an input not emptied fires no change for the same file a second time.
    expect(chosen).toEqual(['plan.xlsx', 'plan.xlsx']);
    expect(input.value).toBe('');
  });
});
