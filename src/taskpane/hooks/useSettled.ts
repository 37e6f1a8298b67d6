/**
 * A value that follows `value` once it has stopped changing for `delayMs`: for work too heavy to redo on
 * every keystroke (the live check of a row reruns the whole plan's check — half a second at 5 000 measures).
 * The first value is taken at once.
 */
import { useEffect, useState } from 'react';

export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(() => value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
