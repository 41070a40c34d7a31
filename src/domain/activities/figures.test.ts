import { describe, expect, it } from 'vitest';
import type { Channel } from '../plans/plan';
import {
  canonicalChannels,
  channelLineText,
  channelSetLabel,
  figurePhrase,
  formatFigure,
  mainAndExtra,
  outletLineText,
  rollUpByChannel,
  sumApprox,
  totalOf,
  type Approx,
} from './figures';
import { sumRows } from './unit-figures';

const fig = (
  channels: Channel[],
  quantity: number,
  approx: Approx | null = null,
  outlet: string | null = null,
) => ({ channels, quantity, approx, outlet, measureUnit: 'tin/bài' });

// Hạ Long's phase 1 as the sơ kết of 26/3/2021 states it.
const HALONG = [
  fig(['social_media'], 170, 'over'),
  fig(['social_media'], 60, 'over'),
  fig(['web_portal'], 51),
  fig(['radio', 'television'], 84),
  fig(['social_media'], 53, null, 'fanpage “Truyền hình Hạ Long”'),
];

describe('stating a figure', () => {
  it('prints the qualifier the document wrote before the number', () => {
    expect(formatFigure(170, 'over')).toBe('trên 170');
    expect(formatFigure(1200, 'about')).toBe('khoảng 1.200');
    expect(formatFigure(10, 'at_least')).toBe('ít nhất 10');
    expect(formatFigure(84, null)).toBe('84');
  });

  it('makes a sum as loose as its loosest part', () => {
    expect(sumApprox(null, null)).toBeNull();
    expect(sumApprox(null, 'over')).toBe('over');
    expect(sumApprox('at_least', 'over')).toBe('over');
    expect(sumApprox('over', 'about')).toBe('about');
    expect(totalOf(HALONG)).toEqual({ quantity: 418, approx: 'over' });
    expect(totalOf([fig(['radio'], 3), fig(['radio'], 4)])).toEqual({ quantity: 7, approx: null });
  });

  it('names a figure over two channels as one place, in catalogue order', () => {
    expect(canonicalChannels(['television', 'radio', 'television'])).toEqual([
      'radio',
      'television',
    ]);
    expect(mainAndExtra('television', ['radio'])).toEqual({
      channel: 'radio',
      extraChannels: ['television'],
    });
    expect(channelSetLabel(['television', 'radio'])).toBe('Phát thanh, truyền hình');
    expect(channelSetLabel(['social_media'])).toBe('Mạng xã hội');
  });

  it('writes a figure in a sentence as the document does', () => {
    expect(figurePhrase({ ...fig(['radio', 'television'], 84), categoryName: 'Tin, bài' })).toBe(
      '84 tin, bài (phát thanh, truyền hình)',
    );
    expect(figurePhrase({ ...fig(['social_media'], 170, 'over'), categoryName: 'Tin, bài' })).toBe(
      'trên 170 tin, bài (mạng xã hội)',
    );
    expect(
      figurePhrase({
        ...fig(['social_media'], 53, null, 'fanpage “Truyền hình Hạ Long”'),
        categoryName: 'Tin, bài',
      }),
    ).toBe('53 tin, bài (mạng xã hội, fanpage “Truyền hình Hạ Long”)');
    expect(
      figurePhrase({ ...fig(['meeting'], 3), measureUnit: 'buổi', categoryName: 'Tập huấn' }),
    ).toBe('3 buổi tập huấn (hội nghị, tuyên truyền miệng)');
  });
});

describe('rolling figures up by channel', () => {
  it('puts a figure over radio and television on one combined line, never on both', () => {
    const lines = rollUpByChannel(HALONG);
    expect(lines.map(channelLineText)).toEqual([
      'Phát thanh, truyền hình: 84 tin/bài',
      'Cổng thông tin điện tử: 51 tin/bài',
      'Mạng xã hội: trên 283 tin/bài',
    ]);
    expect(lines.some((l) => l.label === 'Đài phát thanh' || l.label === 'Truyền hình')).toBe(
      false,
    );
  });

  it('lists a named outlet under its channel with its own figure', () => {
    const social = rollUpByChannel(HALONG).find((l) => l.label === 'Mạng xã hội');
    expect(social?.outlets.map((o) => outletLineText(o, 'tin/bài'))).toEqual([
      'trong đó fanpage “Truyền hình Hạ Long”: 53 tin/bài',
    ]);
  });

  it('keeps measure units apart: buổi are never added to tin, bài', () => {
    const lines = rollUpByChannel([
      fig(['radio'], 5),
      { ...fig(['radio'], 2), measureUnit: 'buổi' },
    ]);
    expect(lines.map(channelLineText)).toEqual([
      'Đài phát thanh: 5 tin/bài',
      'Đài phát thanh: 2 buổi',
    ]);
  });
});

describe('adding figure rows of several units', () => {
  const row = (
    channels: Channel[],
    quantity: number,
    approx: Approx | null,
    outlet: string | null,
  ) => ({
    channel: channels[0] ?? 'other',
    channels,
    outlet,
    approx,
    categoryCode: 'tin_bai',
    categoryName: 'Tin, bài',
    measureUnit: 'tin/bài',
    quantity,
    entries: 1,
  });

  it('adds rows of the same channel set and outlet, approximate when any part is', () => {
    const rows = sumRows([
      row(['social_media'], 170, 'over', null),
      row(['social_media'], 20, null, null),
      row(['social_media'], 53, null, 'fanpage “Truyền hình Hạ Long”'),
      row(['radio', 'television'], 84, null, null),
      row(['radio'], 4, null, null),
    ]);
    expect(rows.map((r) => [r.channels.join('+'), r.outlet, r.quantity, r.approx])).toEqual([
      ['radio', null, 4, null],
      ['radio+television', null, 84, null],
      ['social_media', null, 190, 'over'],
      ['social_media', 'fanpage “Truyền hình Hạ Long”', 53, null],
    ]);
  });
});
