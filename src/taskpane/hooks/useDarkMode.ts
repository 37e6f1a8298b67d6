/** Dark or light: Office's theme when the host says, otherwise the browser's prefers-color-scheme (live). */
import { useEffect, useState } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

export function useDarkMode(fromHost?: boolean): boolean {
  const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY) : null;
  const [dark, setDark] = useState<boolean>(fromHost ?? media?.matches ?? false);
  useEffect(() => {
    if (fromHost !== undefined || !media) return undefined;
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    media.addEventListener?.('change', onChange);
    return () => media.removeEventListener?.('change', onChange);
  }, [fromHost, media]);
  return fromHost ?? dark;
}
