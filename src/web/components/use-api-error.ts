import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { isApiError, type FieldProblem } from '../api/client';
import { useT } from '../i18n/i18n';
import { fieldMessage } from './field-labels';

/** `body.email` and `email` both name the form field `email`. */
const fieldName = (path: string): string => path.replace(/^body\./, '');

function applyFieldErrors(form: FormInstance, errors: FieldProblem[]): FieldProblem[] {
  const known = new Set(Object.keys(form.getFieldsValue() as Record<string, unknown>));
  const unmatched: FieldProblem[] = [];
  const fields = new Map<string, string[]>();
  for (const e of errors) {
    const name = fieldName(e.path);
    if (!known.has(name)) unmatched.push(e);
    else fields.set(name, [...(fields.get(name) ?? []), e.message]);
  }
  form.setFields([...fields].map(([name, messages]) => ({ name, errors: messages })));
  return unmatched;
}

/**
 * Shows an API failure to the user: the problem's `title` as a toast, and each field error next
 * to its form field when a form is given (the rest are listed in the toast).
 */
export function useApiError(): (error: unknown, form?: FormInstance) => void {
  const { message } = App.useApp();
  const t = useT();
  return useCallback(
    (error, form) => {
      if (!isApiError(error)) {
        void message.error(t('error.unexpected'));
        return;
      }
      if (error.status === 0) {
        void message.error(t('error.network'));
        return;
      }
      const { title, detail, errors = [] } = error.problem;
      const rest = form ? applyFieldErrors(form, errors) : errors;
      const shownInline = errors.length > rest.length;
      // Titles are generic ("Dữ liệu không hợp lệ"); the detail says what went wrong, unless the
      // form already shows it beside the field. A field the form does not show is named by its
      // label, never by the path the API gives ("body.content.phases.0.from").
      const lines = [title || t('error.unexpected')];
      if (detail && !shownInline && errors.length === 0) lines.push(detail);
      lines.push(...rest.map((e) => fieldMessage(t, e)).slice(0, 3));
      void message.error([...new Set(lines)].join(' — '));
    },
    [message, t],
  );
}
