import { describe, expect, it } from 'vitest';
import { findChannelHits } from './channels';

const channels = (text: string) => [...new Set(findChannelHits(text).map((h) => h.channel))];

describe('channels', () => {
  it('finds meetings, performances and in-person outreach', () => {
    expect(channels('Tổ chức tuyên truyền miệng và tiếp xúc cử tri')).toEqual(['meeting']);
    expect(channels('Trong các buổi tuyên truyền, cán bộ đã phổ biến Luật')).toEqual(['meeting']);
    expect(channels('Tỉnh đoàn tổ chức Diễn đàn Cử tri trẻ')).toEqual(['meeting']);
    expect(channels('Đêm giao lưu văn nghệ chào mừng bầu cử')).toEqual(['cultural_event']);
    expect(channels('Đã tuyên truyền được 518 cuộc')).toEqual(['meeting']);
  });
  it('gives a loudspeaker on a vehicle both channels', () => {
    expect(channels('Tuyên truyền bằng xe loa tại các khu dân cư')).toEqual([
      'mobile_vehicle',
      'loudspeaker',
    ]);
    expect(channels('Sử dụng xe ô tô gắn loa đi khắp các thôn')).toEqual([
      'mobile_vehicle',
      'loudspeaker',
    ]);
  });
  it('reads the internal document system and mass media', () => {
    expect(channels('gửi tài liệu qua hệ thống Quản lý VB&ĐH')).toContain('internal_messaging');
    expect(channels('trên các phương tiện thông tin đại chúng')).toEqual(['press']);
  });
  it('takes no channel from words that only contain a channel word', () => {
    expect(channels('Thông báo Về thời gian bỏ phiếu')).toEqual([]);
    expect(channels('Báo cáo kết quả công tác')).toEqual([]);
    expect(channels('Thông cáo báo chí về chương trình nghệ thuật')).toEqual([]);
    expect(channels('Đơn vị được tặng cờ thi đua')).toEqual([]);
    expect(channels('Kỳ 3 cuộc bầu cử')).toEqual([]);
  });
});
