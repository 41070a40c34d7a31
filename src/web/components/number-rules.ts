import type { FormRule as Rule } from 'antd';
import type { Translate } from '../i18n/i18n';

const shown = (n: number) => n.toLocaleString('vi-VN');

/**
 * The rules of a whole-number field: refused (never clamped, never rounded) with a message naming
 * the field's label when it is not a whole number within [min, max]; required unless `optional`.
 * Pair it with an InputNumber without `min`, `max` or `precision`, which would change what was
 * typed on blur instead of saying what is wrong.
 */
export function wholeNumberRules(
  t: Translate,
  label: string,
  min: number,
  max: number,
  opts: { optional?: boolean } = {},
): Rule[] {
  const wrong = t('form.wholeNumber', { label, min: shown(min), max: shown(max) });
  return [
    ...(opts.optional ? [] : [{ required: true, message: t('form.requiredNumber', { label }) }]),
    {
      validator: (_rule, value: unknown) => {
        if (value === null || value === undefined || value === '') return Promise.resolve();
        const n = typeof value === 'number' ? value : Number(value);
        return Number.isInteger(n) && n >= min && n <= max
          ? Promise.resolve()
          : Promise.reject(new Error(wrong));
      },
    },
  ];
}
