import { useCallback, useState } from "react";

/**
 * The busy and error state of something a form or a button starts. `run` marks it busy,
 * clears the last error, and keeps what the action throws, for `<ErrorMessage>`.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, error, setError, run };
}
