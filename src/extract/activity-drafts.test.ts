import { describe, expect, it } from 'vitest';
import { BUILTIN_CATEGORIES } from '../domain/activities/catalogue';
import { activityDraftsFromExtraction, outletOf } from './activity-drafts';
import { extractFields } from './extract-fields';
import { qualifierBefore } from './numbers';

// The figures paragraph of Hạ Long's sơ kết (seed 002), as a report.
const REPORT = `BÁO CÁO
Sơ kết đợt 1 công tác tuyên truyền bầu cử

Ban Tuyên giáo Thành ủy tăng cường đăng tải, chia sẻ trên mạng xã hội... với trên 170 tin, bài liên quan đến thông tin về Cuộc bầu cử; chia sẻ trên 60 tin, bài phản bác, đấu tranh lại các luận điệu sai trái của các thế lực thù địch về Cuộc bầu cử. Cơ quan Truyền thông văn hóa của Thành phố đã xây dựng các chuyên mục, thực hiện 51 tin, bài đăng tải trên Cổng thông tin điện tử Thành phố; 84 tin, bài, phóng sự phát thanh, truyền hình; tuyên truyền 53 tin, bài trên fanpage “Truyền hình Hạ Long” …
`;

describe('figures read from a report, as it states them', () => {
  const { extraction, sources } = extractFields('so-ket.txt', REPORT);
  const drafts = activityDraftsFromExtraction(extraction, BUILTIN_CATEGORIES, {
    text: REPORT,
    sources,
  });
  const byCount = (n: number) => drafts.find((d) => d.quantity === n);

  it('keeps "trên" as over, and an exact figure exact', () => {
    expect(byCount(170)).toMatchObject({ qualifier: 'over', channel: 'social_media' });
    expect(byCount(60)).toMatchObject({ qualifier: 'over', categoryCode: 'phan_bac' });
    expect(byCount(51)).toMatchObject({ qualifier: null, channel: 'web_portal' });
  });

  it('reads "84 tin, bài, phóng sự phát thanh, truyền hình" as one figure over two channels', () => {
    expect(byCount(84)).toMatchObject({
      channel: 'radio',
      extraChannels: ['television'],
      categoryCode: 'tin_bai',
    });
    expect(drafts.filter((d) => d.quantity === 84)).toHaveLength(1);
  });

  it('takes the fanpage “Truyền hình Hạ Long” as an outlet of social media, not as television', () => {
    expect(byCount(53)).toMatchObject({
      channel: 'social_media',
      extraChannels: [],
      outlet: 'fanpage “Truyền hình Hạ Long”',
    });
  });

  it('tells the qualifying words apart', () => {
    expect(qualifierBefore('với trên ')).toBe('over');
    expect(qualifierBefore('hơn ')).toBe('over');
    expect(qualifierBefore('khoảng ')).toBe('about');
    expect(qualifierBefore('trên dưới ')).toBe('about');
    expect(qualifierBefore('ít nhất ')).toBe('at_least');
    expect(qualifierBefore('thực hiện ')).toBeNull();
    expect(outletOf('tin, bài trên Cổng thông tin').outlet).toBeNull();
  });
});

describe('the category a figure’s words name, in the words of every region', () => {
  it('files leaflets called "tờ bướm", banners called "ban-nơ" and designs of "pa - nô"', () => {
    const text = `BÁO CÁO
Kết quả tuyên truyền bầu cử

Thành phố đã cấp phát hơn 3.000 tờ bướm, treo 50 ban-nơ và thiết kế 7 mẫu pa - nô cổ động.
`;
    const { extraction } = extractFields('bao-cao.txt', text);
    const drafts = activityDraftsFromExtraction(extraction, BUILTIN_CATEGORIES);
    expect(drafts.map((d) => [d.quantity, d.categoryCode])).toEqual([
      [3000, 'to_roi'],
      [50, 'bang_ron'],
      [7, 'pano'],
    ]);
  });
});
