/** Sample candidate names for the demo: invented, and every page that shows them says so. */
export const DEMO_CANDIDATE_NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Phạm Thị Dung',
  'Hoàng Văn Em',
  'Vũ Thị Giang',
  'Đặng Văn Hải',
  'Bùi Thị Hoa',
  'Đỗ Văn Khánh',
  'Ngô Thị Lan',
  'Dương Văn Minh',
  'Lý Thị Nga',
  'Phan Văn Phúc',
  'Trịnh Thị Quế',
  'Đinh Văn Sơn',
  'Mai Thị Tâm',
  'Tô Văn Thắng',
  'Hà Thị Uyên',
];

/** A sample action programme, in the rich text the workspace stores (sanitised on save). */
export const demoProgramme = (name: string): string =>
  `<p>Chương trình hành động của ${name} (dữ liệu mẫu):</p><ul><li>Giữ gìn an ninh trật tự, vệ sinh môi trường khu dân cư.</li><li>Lắng nghe, phản ánh kịp thời ý kiến, nguyện vọng của nhân dân.</li><li>Vận động nhân dân thực hiện tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.</li></ul>`;

/** Ka Long's article of 25/05/2022 (seed 004), in its own words where it has them. */
const KALONG_SOURCE =
  'Theo bài "Phường Ka Long: Triển khai công tác bầu cử Trưởng khu phố nhiệm kỳ 2022 - 2025" (25/05/2022).';

/** Ka Long's own step: each khu phố posts its list of household representatives. */
export const KALONG_POSTING = {
  title: 'Niêm yết danh sách cử tri đại diện hộ gia đình tại các nhà văn hóa khu',
  // The article gives no date, only that the lists were posted by the day it was written.
  dueOn: '2022-05-25',
  note: `${KALONG_SOURCE} Các khu phố đã niêm yết "theo đúng quy định và thời gian"; ngày hạn là dữ liệu mẫu (bài viết không nêu ngày).`,
  perSubUnit: true,
};

/** Each khu phố's community meeting on election day, 05/6/2022 as the article says. */
export const KALONG_MEETING = {
  title: 'Hội nghị cử tri đại diện hộ gia đình bầu Trưởng khu phố tại từng khu phố',
  dueOn: '2022-06-05',
  note: `${KALONG_SOURCE} Ngày bầu cử 5/6/2022.`,
  perSubUnit: true,
};
