import { useCallback, useEffect, useState } from 'react';

const prefix = 'gotrs.draft.';

/** State kept in localStorage so a session expiry or a reload loses no typed text. */
export function useDraft<T>(key: string, initial: T) {
  const storageKey = prefix + key;
  const [value, setValue] = useState<T>(() => {
    const saved = localStorage.getItem(storageKey);
    return saved ? ({ ...initial, ...(JSON.parse(saved) as T) } as T) : initial;
  });
  useEffect(() => {
    localStorage.setItem(storageKey, JSON.stringify(value));
  }, [storageKey, value]);
  const clear = useCallback(() => {
    localStorage.removeItem(storageKey);
    setValue(initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);
  return [value, setValue, clear] as const;
}
