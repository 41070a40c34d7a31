import type { Approx } from '../../../contracts/figures';
import type { Translate } from '../../i18n/i18n';

/**
 * The choices of "Số liệu" besides exact: over / about / at least the number. An exact figure is
 * the empty choice (the select's placeholder says "chính xác"), since a select cannot hold null.
 */
export const statedOptions = (t: Translate): Array<{ value: Approx; label: string }> => [
  { value: 'over', label: t('fig.over') },
  { value: 'about', label: t('fig.about') },
  { value: 'at_least', label: t('fig.atLeast') },
];

const WORD: Record<Approx, 'fig.over' | 'fig.about' | 'fig.atLeast'> = {
  over: 'fig.over',
  about: 'fig.about',
  at_least: 'fig.atLeast',
};

/** A quantity as stated, in the reader's language: "trên 170", "84". */
export const statedFigure = (t: Translate, quantity: number, approx: Approx | null): string =>
  approx
    ? `${t(WORD[approx])} ${quantity.toLocaleString('vi-VN')}`
    : quantity.toLocaleString('vi-VN');
