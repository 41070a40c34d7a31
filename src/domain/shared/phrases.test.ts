import { describe, expect, it } from 'vitest';
import { figurePhrase } from '../activities/figures';
import { leadWith, opensWith, phaseTitle } from './phrases';

describe('phrases never say a word twice', () => {
  it('marks the peak phase only when its name does not say it', () => {
    expect(phaseTitle('Đợt cao điểm', true)).toBe('Đợt cao điểm');
    expect(phaseTitle('Đợt 2', true)).toBe('Đợt 2 (cao điểm)');
    expect(phaseTitle('Đợt 1', false)).toBe('Đợt 1');
  });

  it('puts a lead before a text only when the text does not open with it', () => {
    expect(leadWith('Đính chính', 'Đính chính: bầu cử vẫn diễn ra ngày 05/6/2022')).toBe(
      'Đính chính: bầu cử vẫn diễn ra ngày 05/6/2022',
    );
    expect(leadWith('Đính chính', 'Bầu cử vẫn diễn ra')).toBe('Đính chính: Bầu cử vẫn diễn ra');
    expect(opensWith('ĐÍNH CHÍNH về tin giả', 'Đính chính')).toBe(true);
  });

  it('states a figure without repeating its measure word', () => {
    const play = { quantity: 4, approx: null, channels: ['loudspeaker' as const], outlet: null };
    expect(figurePhrase({ ...play, measureUnit: 'lượt', categoryName: 'Lượt phát' })).toMatch(
      /^4 lượt phát \(/,
    );
  });
});
