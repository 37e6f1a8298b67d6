/**
 * Runs one user operation at a time (write the reconciliation sheet, add a measure …): shows that it is
 * busy, keeps the error for a MessageBar instead of throwing, and keeps a short notice of what was done.
 */
import { useCallback, useState } from 'react';
import { toPaneError, type PaneError } from '../errors';

export interface Action {
  readonly busy: boolean;
  readonly error: PaneError | null;
  readonly notice: string | null;
  /** Runs `work`; its returned text becomes the notice. Never rejects. */
  readonly run: (work: () => Promise<string | void>) => Promise<boolean>;
  readonly dismiss: () => void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PaneError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const run = useCallback(async (work: () => Promise<string | void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const text = await work();
      if (typeof text === 'string') setNotice(text);
      return true;
    } catch (e) {
      setError(toPaneError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const dismiss = useCallback(() => {
    setError(null);
    setNotice(null);
  }, []);

  return { busy, error, notice, run, dismiss };
}
