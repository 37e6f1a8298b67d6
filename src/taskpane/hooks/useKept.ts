/**
 * State that outlives its view: the pane shows only the open tab, so a view's own state goes when she looks at
 * another tab, and with it whatever she had typed (review r26: a half-filled Nytt tiltak). The Pane holds one
 * `KeptState` for as long as it shows the workbook; a view keeps under its own keys what she must find again.
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/** The values views keep, by key; one per Pane (a new file in the browser is a new Pane). */
export type KeptState = Map<string, unknown>;

/** A new, empty store, for the Pane to hold. */
export function useKeptState(): KeptState {
  return useState<KeptState>(() => new Map())[0];
}

/**
 * useState whose value is put in `kept` under `key` as it changes, and taken from there when the view mounts
 * again; without `kept` (a view shown alone), plain useState. The caller types the key's value: one key, one type.
 */
export function useKept<T>(
  kept: KeptState | undefined,
  key: string,
  initial: T | (() => T),
): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() =>
    kept?.has(key) ? (kept.get(key) as T) : typeof initial === 'function' ? (initial as () => T)() : initial,
  );
  useEffect(() => {
    kept?.set(key, value);
  }, [kept, key, value]);
  return [value, setValue];
}
