/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { useKept, useKeptState, type KeptState } from '../../src/taskpane/hooks/useKept';

describe('useKept', () => {
  it('gives a view that mounts again the value it had, and plain state without a store', () => {
    const kept: KeptState = new Map();
    const first = renderHook(() => useKept(kept, 'form', 'empty'));
    act(() => first.result.current[1]('Aktivitetsguide'));
    first.unmount();
    expect(renderHook(() => useKept(kept, 'form', 'empty')).result.current[0]).toBe('Aktivitetsguide');
    expect(renderHook(() => useKept(kept, 'other', () => 'empty')).result.current[0]).toBe('empty');
    expect(renderHook(() => useKept(undefined, 'form', 'empty')).result.current[0]).toBe('empty');
  });

  it('keeps one store per workbook: the same while the port is, an empty one for another', () => {
    const a = {};
    const { result, rerender } = renderHook(({ owner }) => useKeptState(owner), { initialProps: { owner: a } });
    const store = result.current;
    store.set('form', 'Aktivitetsguide');
    rerender({ owner: a });
    expect(result.current).toBe(store);
    rerender({ owner: {} });
    expect(result.current.size).toBe(0);
  });
});
