import { useCallback, useState } from 'react';
import { App, type FormInstance } from 'antd';
import { FileRefused } from '../api/create-with-file';
import { useApiError } from './use-api-error';

/**
 * The error of a form's file field: a refused file is named beside the field, by its label, and in
 * a toast; every other failure is shown as any API error. `itemProps` go on the field's Form.Item.
 */
export function useFileRefusal(label: string) {
  const { message } = App.useApp();
  const showError = useApiError();
  const [error, setError] = useState<string | null>(null);
  const show = useCallback(
    (e: unknown, form?: FormInstance) => {
      if (!(e instanceof FileRefused)) {
        showError(e, form);
        return;
      }
      setError(e.message);
      void message.error(`${label}: ${e.message}`);
    },
    [label, message, showError],
  );
  const clear = useCallback(() => setError(null), []);
  const itemProps = error ? { validateStatus: 'error' as const, help: error } : {};
  return { show, clear, itemProps };
}
