/**
 * State that outlives its view: the pane shows only the open tab, so a view's own state goes when she looks at
 * another tab, and with it whatever she had typed (review r26: a half-filled Nytt tiltak). The Pane holds one
 * `KeptState` per workbook; a view keeps under its own keys what she must find again.
 */
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

/** The values views keep, by key. */
export type KeptState = Map<string, unknown>;

/**
 * The Pane's store, one per workbook (`owner`: its port): a file opened in the browser under the name of the one
 * open (the Pane stays) gets an empty one, so no form of the other workbook is shown on it.
 */
export function useKeptState(owner: unknown): KeptState {
  const held = useRef<{ owner: unknown; kept: KeptState } | null>(null);
  const last = held.current;
  const now = last !== null && last.owner === owner ? last : { owner, kept: new Map<string, unknown>() };
  held.current = now;
  return now.kept;
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
