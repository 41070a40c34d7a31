import { describe, expect, it } from 'vitest';
import { findChannelHits } from './channels';
import { findDates, findRange } from './dates';
import { findElectionDate, findElectionType, findTerm } from './election';
import { readableBody } from './header';
import { normalizeText } from './normalize';
import { parseCount, isApprox } from './numbers';
import { findRecipients } from './recipients';
import { cardSigner, findSigner } from './signer';
import { toLines } from './lines';

describe('dates', () => {
  it('reads the Vietnamese date phrasings', () => {
    const isos = findDates(
      'ngày 06 tháng 4 năm 2022; 05/4/2022; ngày 5/6; tháng 4 năm 2021',
      2022,
    ).map((d) => d.iso);
    expect(isos).toEqual(['2022-04-06', '2022-04-05', '2022-06-05', '2021-04']);
  });
  it('does not take numbers or terms for dates', () => {
    expect(findDates('17.270 tin, nhiệm kỳ 2022-2025, 31/02/2022')).toEqual([]);
  });
  it('reads a range and lends the end year to the start', () => {
    const range = findRange('từ ngày 01/4 đến hết ngày 15/6/2022', null);
    expect([range?.from.iso, range?.to.iso]).toEqual(['2022-04-01', '2022-06-15']);
  });
});

describe('numbers', () => {
  it('groups thousands with dots', () => {
    expect(parseCount('17.270')).toBe(17270);
    expect(parseCount('01')).toBe(1);
    expect(parseCount('2,5')).toBeNull();
  });
  it('marks trên / hơn / gần as approximate', () => {
    expect(isApprox('chia sẻ trên ')).toBe(true);
    expect(isApprox('với hơn ')).toBe(true);
    expect(isApprox('thực hiện ')).toBe(false);
  });
});

describe('channels', () => {
  const codes = (s: string) => [...new Set(findChannelHits(s).map((h) => h.channel))];
  it('prefers the longest phrase', () => {
    expect(codes('phát trên hệ thống loa truyền thanh cơ sở')).toEqual(['loudspeaker']);
    expect(codes('bản tin sinh hoạt chi bộ')).toEqual(['print']);
    expect(codes('tin nhắn nội bộ trên Q-office')).toEqual(['internal_messaging']);
  });
  it('does not read "báo cáo" or a review meeting as channels', () => {
    expect(codes('Lãnh đạo Ban Tuyên giáo báo cáo tại hội nghị sơ kết')).toEqual([]);
    expect(codes('đăng trên Báo Quảng Ninh, tổ chức hội nghị tuyên truyền')).toEqual([
      'press',
      'meeting',
    ]);
  });
});

describe('election', () => {
  it('tells the two election types apart', () => {
    expect(findElectionType('Tuyên truyền bầu cử Trưởng khu phố nhiệm kỳ 2022 - 2025', '')).toBe(
      'VILLAGE_HEAD',
    );
    expect(findElectionType('', 'bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp')).toBe(
      'NA_HDND',
    );
    expect(findElectionType('Họp giao ban', 'HĐND phường (b/c)')).toBeNull();
  });
  it('skips implausible terms and prefers the title', () => {
    expect(findTerm('nhiệm kỳ 2021-20126, nhiệm kỳ 2021 - 2026', 0)?.value).toBe('2021-2026');
    // A damaged PDF text layer read "2021 - 2026" as "0001 - 0006": no term, not "1-6".
    expect(findTerm('nhiệm kỳ 0001 - 0006', 0)).toBeNull();
    expect(findTerm('nhiệm kỳ 0001 - 0006 và nhiệm kỳ 2026 - 2031', 0)?.value).toBe('2026-2031');
  });
  it('reads the election date only where the vote is dated', () => {
    expect(findElectionDate('trước và sau ngày bầu cử (ngày 05/6/2022).', null)?.value).toBe(
      '2022-06-05',
    );
    expect(
      findElectionDate('Ngày 5/6/2022 tới đây, sẽ diễn ra bầu cử Trưởng thôn', null)?.value,
    ).toBe('2022-06-05');
    expect(
      findElectionDate('Ngày 26/3, Tiểu ban tổ chức hội nghị sơ kết công tác bầu cử', 2021),
    ).toBeNull();
  });
});

describe('normalize', () => {
  it('gives NFC, plain spaces and hyphens, and splits merged header cells', () => {
    const text = normalizeText(
      'Số:\u00a051/KH-UBND\tCẩm Bình, ngày 06 tháng 4 năm 2022\nĐộc lập – Tự do — Hạnh phúc'.normalize(
        'NFD',
      ),
    );
    expect(text).toBe(
      'Số: 51/KH-UBND\nCẩm Bình, ngày 06 tháng 4 năm 2022\nĐộc lập - Tự do - Hạnh phúc',
    );
  });
  it('splits a header row pasted onto one line', () => {
    expect(
      normalizeText('UBND THÀNH PHỐ CẨM PHẢ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').split('\n'),
    ).toEqual(['UBND THÀNH PHỐ CẨM PHẢ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });
});

describe('closing blocks', () => {
  // The signature beside Nơi nhận, flattened row by row.
  const lines = toLines(
    [
      'Nơi nhận:',
      'KT. CHỦ TỊCH',
      '- UBND huyện (b/c);',
      'PHÓ CHỦ TỊCH',
      '- Chủ tịch, các PCT;',
      '- Các thôn (để thực hiện);',
      '- Lưu: VT.',
      'Nguyễn Văn An',
    ].join('\n'),
  );
  it('reads recipients with their purpose and stops at Lưu', () => {
    expect(findRecipients(lines).map((r) => r.value)).toEqual([
      { name: 'UBND huyện', purpose: 'b/c' },
      { name: 'Chủ tịch, các PCT', purpose: null },
      { name: 'Các thôn', purpose: 't/h' },
    ]);
  });
  it('reads the signer across interleaved lines', () => {
    expect(findSigner(lines)?.value).toEqual({
      authority: 'KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Văn An',
    });
  });
  it("reads the signer's name from a legal database's card when the block was cut off", () => {
    const card = toLines(
      [
        'Số hiệu 169-HD/BTGTW',
        'Nơi ban hành: Thành phố Hà Nội Người ký: Chử Xuân Dũng',
        'Lĩnh vực Bộ máy hành chính',
      ].join('\n'),
    );
    expect(cardSigner(card)?.value).toEqual({
      authority: null,
      title: null,
      name: 'Chử Xuân Dũng',
    });
    expect(cardSigner(toLines('Người ký Bùi Thế Đức'))?.value.name).toBe('Bùi Thế Đức');
    expect(cardSigner(toLines('Người ký: đang cập nhật'))).toBeNull();
  });
  it('writes an upper-case body name readably', () => {
    expect(readableBody('ỦY BAN NHÂN DÂN PHƯỜNG CẨM BÌNH')).toBe('Ủy ban nhân dân phường Cẩm Bình');
    expect(readableBody('UBND THÀNH PHỐ CẨM PHẢ')).toBe('UBND thành phố Cẩm Phả');
  });
});
