import { describe, expect, it } from 'vitest';
import { findBases } from './bases';
import { findFrame } from './frame';
import { toLines } from './lines';

const bases = (text: string, own: string | null = null) =>
  findBases(findFrame(toLines(text)), own, new Map()).map((b) => b.value);

describe('bases', () => {
  it('reads each document of a Căn cứ list, without "về …"', () => {
    expect(
      bases(
        'Căn cứ Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20 tháng 4 năm 2007 của Ủy ban Thường vụ Quốc hội về thực hiện dân chủ; Nghị quyết Liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17/4/2008 của Chính phủ về hướng dẫn.',
      ),
    ).toEqual([
      'Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20 tháng 4 năm 2007 của Ủy ban Thường vụ Quốc hội',
      'Nghị quyết Liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17/4/2008 của Chính phủ',
    ]);
  });
  it('reads a number written after "số:"', () => {
    expect(
      bases(
        'Thực hiện chỉ đạo của Chủ tịch UBND tỉnh tại văn bản số: 431/UBND-TH1, ngày 19/1/2016 v/v chuẩn bị tổ chức cuộc bầu cử, Sở Thông tin và Truyền thông đề nghị các phòng tuyên truyền.',
      ),
    ).toEqual(['văn bản số: 431/UBND-TH1, ngày 19/1/2016']);
  });
  it('reads each item under a grounds heading, however a PDF broke its lines', () => {
    const plan = [
      'KẾ HOẠCH',
      'Thông tin, tuyên truyền cuộc bầu cử đại biểu Quốc hội',
      'I. CĂN CỨ XÂY DỰNG',
      'KẾ HOẠCH',
      'Luật Bầu cử đại biểu Quốc hội và đại',
      'biểu Hội đồng nhân dân;',
      'Chỉ thị số 12-CT/TU ngày 03/3/2021 của',
      'Ban Thường vụ Tỉnh ủy về lãnh đạo cuộc bầu cử;',
      'II. MỤC ĐÍCH, YÊU CẦU',
      'Tuyên truyền Luật Bầu cử đại biểu Quốc hội năm 2015 đến cử tri.',
    ].join('\n');
    expect(bases(plan)).toEqual([
      'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân',
      'Chỉ thị số 12-CT/TU ngày 03/3/2021 của Ban Thường vụ Tỉnh ủy',
    ]);
  });
  it('ends a grounds block at the next numbered heading, in any case', () => {
    const plan = [
      'KẾ HOẠCH',
      'Thông tin, tuyên truyền cuộc bầu cử đại biểu Quốc hội',
      '1. Căn cứ xây dựng kế hoạch',
      'Kế hoạch số 45/KH-UBND ngày 02/3/2021 của UBND tỉnh;',
      '2. Mục đích, yêu cầu',
      'Tuyên truyền sâu rộng Nghị quyết số 1185/NQ-UBTVQH14 đến cử tri.',
    ].join('\n');
    expect(bases(plan)).toEqual(['Kế hoạch số 45/KH-UBND ngày 02/3/2021 của UBND tỉnh']);
    // A short tail in capitals that a PDF broke off ("TW;") is the item going on.
    const broken = [
      'KẾ HOẠCH',
      'Thông tin, tuyên truyền cuộc bầu cử',
      'I. CĂN CỨ',
      'Hướng dẫn số 12-HD/BTGTW ngày 02/3/2021 của Ban Tuyên giáo',
      'TW;',
      'Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị;',
      'II. MỤC ĐÍCH',
    ].join('\n');
    expect(bases(broken)).toHaveLength(2);
  });
  it('reads resolutions, guidance and letters by their number', () => {
    expect(
      bases(
        'Thực hiện Nghị quyết số 1185/NQ-UBTVQH14 và Hướng dẫn số 98-HD/BTGTU, Ban đã triển khai.',
      ),
    ).toEqual(['Nghị quyết số 1185/NQ-UBTVQH14', 'Hướng dẫn số 98-HD/BTGTU']);
    expect(bases('Theo CV số 304/STTTT ngày 05/4/2021 của Sở Thông tin và Truyền thông.')).toEqual([
      'CV số 304/STTTT ngày 05/4/2021 của Sở Thông tin và Truyền thông',
    ]);
  });
  it('reads a numbered document named as where the content is set out ("tại …")', () => {
    expect(
      bases(
        'Các cơ quan chọn một trong các nội dung khẩu hiệu tuyên truyền tại Hướng dẫn số 88/HD-TTVBPL ngày 13-4-2021 của Tiểu ban Văn bản pháp luật.',
      ),
    ).toEqual(['Hướng dẫn số 88/HD-TTVBPL ngày 13-4-2021 của Tiểu ban Văn bản pháp luật']);
    expect(bases('Hội nghị tổ chức tại Hội trường số 2 của UBND xã.')).toEqual([]);
  });
  it('reads documents cited by name after Thực hiện / bám sát', () => {
    expect(
      bases(
        'Thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy về lãnh đạo cuộc bầu cử; kế hoạch của UBND tỉnh Thanh Hóa về tuyên truyền.',
      ),
    ).toEqual(['Chỉ thị của Ban Thường vụ Tỉnh ủy', 'kế hoạch của UBND tỉnh Thanh Hóa']);
    expect(
      bases(
        'Thực hiện Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân; xã đã lập danh sách.',
      ),
    ).toEqual(['Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân']);
  });
  it('leaves out amended documents, repeats and short forms', () => {
    expect(
      bases(
        'Thực hiện Nghị quyết 172 ngày Nghị quyết 172/2021/NQ-HĐND ngày 08/12/2021 của HĐND tỉnh sửa đổi một số điều của Nghị quyết 277/2020/NQ-HĐND ngày 07/5/2020 của HĐND tỉnh.',
      ),
    ).toEqual(['Nghị quyết 172/2021/NQ-HĐND ngày 08/12/2021 của HĐND tỉnh']);
  });
  it('gives nothing for guidance in general or the document being issued', () => {
    expect(bases('Các đơn vị thực hiện theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy.')).toEqual([]);
    expect(bases('UBND xã ban hành Kế hoạch số 12/KH-UBND để triển khai.')).toEqual([]);
    expect(bases('Thực hiện chương trình phát thanh của Đài truyền thanh xã.')).toEqual([]);
  });
  it('keeps a law whose name holds commas whole when its number follows', () => {
    expect(
      bases(
        'Căn cứ Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PLUBTVQH11 ngày 20/4/2007 của Uỷ ban Thường vụ Quốc hội; Căn cứ tình hình thực tế.',
      ),
    ).toEqual([
      'Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PLUBTVQH11 ngày 20/4/2007 của Uỷ ban Thường vụ Quốc hội',
    ]);
    expect(bases('Tuyên truyền Luật Bầu cử, Luật Tổ chức chính quyền địa phương.')).toEqual([]);
  });
});
