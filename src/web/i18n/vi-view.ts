/** The shared unit and period of the supervision pages, and the week and phase pickers. */
export const viView = {
  'view.problemsTitle': 'Một phần của đường dẫn không đọc được, trang đang hiển thị mặc định',
  'view.bad.unit': 'Đơn vị “{value}” không phải là mã đơn vị hợp lệ; đang xem đơn vị của bạn.',
  'view.bad.from':
    'Từ ngày “{value}” không phải là ngày hợp lệ (năm-tháng-ngày, ví dụ 2022-05-16).',
  'view.bad.to': 'Đến ngày “{value}” không phải là ngày hợp lệ (năm-tháng-ngày, ví dụ 2022-06-05).',
  'view.bad.range': 'Khoảng thời gian “{value}”: Từ ngày phải trước hoặc bằng Đến ngày.',
  'view.bad.week': 'Tuần “{value}” không phải là tuần hợp lệ (ví dụ 2022-W20).',
  'range.byPhase': 'Theo đợt của kế hoạch',
  'range.phaseOption': '{name} ({from}–{to})',
  'week.year': 'Năm',
  'week.number': 'Tuần',
  'drill.open': 'Xem các đơn vị trực thuộc của {unit}',
  'drill.path': 'Đường xuống các cấp',
  'tasks.ofUnit': 'Nhiệm vụ của {unit} và các đơn vị trực thuộc',
  'tasks.inRange': 'Chỉ các nhiệm vụ có thời hạn trong {from}–{to}',
  'tasks.showAll': 'Xem mọi nhiệm vụ',
};
