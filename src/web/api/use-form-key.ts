import { useCallback, useState } from 'react';

const newKey = (): string => crypto.randomUUID();

/**
 * The idempotency key of one form: the same while the form is open and unchanged, so sending it
 * twice (a double click, Enter then the button, a retry after the network dropped) records once;
 * a new one when the form is opened again or edited (`renew`, wired to the form's
 * onValuesChange), so a second record the user means is a new request.
 */
export function useFormKey(open = true): { key: string; renew: () => void } {
  const [key, setKey] = useState(newKey);
  const renew = useCallback(() => setKey(newKey()), []);
  // Opened again: a new key, set while rendering so no render sends the old one.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setKey(newKey());
  }
  return { key, renew };
}
