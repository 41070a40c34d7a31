/** Working groups: the members tab of a group's page. */
export const viGroups = {
  'group.tabInfo': 'Thông tin',
  'group.tabMembers': 'Thành viên',
  'group.help':
    'Ban chỉ đạo, tiểu ban, tổ công tác gồm các đơn vị thuộc đơn vị chủ quản (ở bất kỳ cấp nào). Tổ ban hành kế hoạch, giao nhiệm vụ cho thành viên và xem kết quả thực hiện kế hoạch của mình; mỗi thành viên phải báo cáo công việc theo tuần cho tổ trong thời gian là thành viên.',
  'group.member': 'Đơn vị thành viên',
  'group.role': 'Vai trò',
  'group.from': 'Từ ngày',
  'group.empty': 'Chưa có thành viên. Chọn đơn vị rồi bấm “Thêm thành viên”.',
  'group.pick': 'Tìm đơn vị thuộc đơn vị chủ quản…',
  'group.rolePlaceholder': 'Thành viên',
  'group.add': 'Thêm thành viên',
  'group.added': 'Đã thêm {name}; đơn vị này phải báo cáo tuần cho tổ.',
  'group.remove': 'Thôi là thành viên',
  'group.removeConfirm':
    'Thôi là thành viên từ hôm nay? Đơn vị sẽ không phải báo cáo tuần cho tổ nữa.',
  'group.removed': 'Đã cập nhật thành viên.',
} as const;
