import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../shared/text';
import { NAME_FOLD_FROM, NAME_FOLD_TO } from './sibling-names';

describe('sibling names', () => {
  it('the database index folds every Vietnamese letter as the use case does', () => {
    const from = Array.from(NAME_FOLD_FROM);
    const to = Array.from(NAME_FOLD_TO);
    expect(from).toHaveLength(to.length);
    expect(from.filter((ch, i) => foldVietnamese(ch) !== to[i])).toEqual([]);
    // Every precomposed Vietnamese letter is covered, in both cases.
    const word = 'Phường Cẩm Bình, Đồng Hỷ, Ứng Hòa, Quỳnh Lưu';
    const folded = Array.from(word.toLowerCase())
      .map((ch) => (from.includes(ch) ? to[from.indexOf(ch)] : ch))
      .join('');
    expect(folded).toBe(foldVietnamese(word));
  });
});
