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
