/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { useSettled } from '../../src/taskpane/hooks/useSettled';

describe('useSettled', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('takes the first value at once and a later one only after it stopped changing, skipping those between', () => {
    const seen: string[] = [];
    const { result, rerender } = renderHook(
      ({ v }) => {
        const settled = useSettled(v, 250);
        seen.push(settled);
        return settled;
      },
      { initialProps: { v: 'B' } },
    );
    expect(result.current).toBe('B');
    // Typed "Bo", "Bov" 100 ms apart: neither is taken while the user types.
    rerender({ v: 'Bo' });
    act(() => jest.advanceTimersByTime(100));
    rerender({ v: 'Bov' });
    act(() => jest.advanceTimersByTime(249));
    expect(result.current).toBe('B');
    // 250 ms after the last change: "Bov", and "Bo" was never the settled value.
    act(() => jest.advanceTimersByTime(1));
    expect(result.current).toBe('Bov');
    expect(seen).not.toContain('Bo');
  });
});
