import type { Channel, ElectionType, Extraction, Kind } from './extraction.schema';

const KIND: Record<Kind, string> = { plan: 'Kế hoạch', report: 'Báo cáo', news: 'Tin bài' };
const ELECTION: Record<ElectionType, string> = {
  NA_HDND: 'Bầu cử đại biểu Quốc hội và HĐND',
  VILLAGE_HEAD: 'Bầu cử trưởng thôn, tổ trưởng tổ dân phố',
  OTHER: 'Bầu cử khác',
};
export const CHANNEL_LABELS: Record<Channel, string> = {
  radio: 'Đài phát thanh, truyền thanh',
  loudspeaker: 'Loa truyền thanh cơ sở',
  television: 'Truyền hình',
  press: 'Báo chí',
  web_portal: 'Cổng/trang thông tin điện tử',
  social_media: 'Mạng xã hội',
  bulletin_board: 'Bảng tin',
  visual: 'Trực quan (pano, băng rôn, khẩu hiệu)',
  print: 'Tài liệu, ấn phẩm',
  mobile_vehicle: 'Tuyên truyền lưu động',
  meeting: 'Hội nghị, họp, tuyên truyền miệng',
  internal_messaging: 'Tin nhắn nội bộ',
  sms: 'Tin nhắn SMS',
  cultural_event: 'Văn nghệ, hội thi',
  other: 'Khác',
};

/** dd/MM/yyyy (or MM/yyyy) for an ISO date, as the UI shows dates. */
export const viDate = (iso: string | null): string =>
  iso === null ? '—' : iso.split('-').reverse().join('/');

const show = (value: string | null): string => value ?? '—';

/** A readable Vietnamese summary of one extraction. */
export function formatSummary(x: Extraction, warnings: string[]): string {
  const out: string[] = [`== ${x.file}`];
  out.push(
    `  Loại: ${KIND[x.kind]}   Số: ${show(x.number)}   Ngày: ${viDate(x.issued_date)}   Địa danh: ${show(x.place)}`,
  );
  out.push(`  Cơ quan ban hành: ${show(x.issuer)}`);
  out.push(`  Trích yếu: ${show(x.title)}`);
  const e = x.election;
  if (e.type) {
    const parts = [
      ELECTION[e.type],
      e.term ? `nhiệm kỳ ${e.term}` : null,
      e.election_date ? `ngày bầu cử ${viDate(e.election_date)}` : null,
    ];
    out.push(`  Cuộc bầu cử: ${parts.filter(Boolean).join(', ')}`);
  }
  for (const basis of x.bases) out.push(`  Căn cứ: ${basis}`);
  if (x.period.from || x.period.to)
    out.push(`  Thời gian: ${viDate(x.period.from)} - ${viDate(x.period.to)}`);
  if (x.phases.length > 0) out.push(`  Các đợt: ${x.phases.map((p) => p.name).join(', ')}`);
  if (x.channels.length > 0)
    out.push(`  Hình thức: ${x.channels.map((c) => CHANNEL_LABELS[c]).join('; ')}`);
  for (const a of x.assignments) {
    const extra = [a.frequency, a.deadline ? `hạn ${viDate(a.deadline)}` : null]
      .filter(Boolean)
      .join(', ');
    out.push(`  Phân công: ${a.unit} (${a.tasks.length} nhiệm vụ${extra ? `; ${extra}` : ''})`);
  }
  if (x.recipients.length > 0)
    out.push(
      `  Nơi nhận: ${x.recipients.map((r) => r.name + (r.purpose ? ` (${r.purpose})` : '')).join('; ')}`,
    );
  if (x.signer)
    out.push(
      `  Người ký: ${[x.signer.authority, x.signer.title, x.signer.name].filter(Boolean).join(' / ')}`,
    );
  for (const m of x.metrics)
    out.push(
      `  Số liệu: ${m.approx ? 'khoảng ' : ''}${m.count} ${m.what} [${CHANNEL_LABELS[m.channel]}]`,
    );
  for (const w of warnings) out.push(`  Lưu ý: ${w}`);
  return out.join('\n');
}
