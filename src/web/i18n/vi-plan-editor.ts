/** The plan editor's saving, leaving, conflict and submission messages. */
export const viPlanEditor = {
  'planEd.phase': 'Đợt {n}',
  'planEd.assignment': 'Đơn vị thực hiện {n}',
  'planEd.task': 'Nhiệm vụ {n}',
  'planEd.basis': 'Căn cứ {n}',
  'planEd.recipient': 'Nơi nhận {n}',
  'planEd.taskDeadline': 'Thời hạn',
  'planEd.taskRecurrence': 'Tần suất',
  'planEd.unitIds': 'Đơn vị cùng nhận',
  'planEd.field': 'Một ô của kế hoạch',
  'planEd.tooLong': 'quá dài, hãy rút gọn.',
  'planEd.badValue': 'giá trị không lưu được.',
  'planEd.invalid': 'Chưa lưu được các ô sau; những ô khác vẫn được lưu khi bạn sửa xong:',
  'planEd.refused': 'Chưa trình duyệt được. Hãy sửa các mục sau rồi trình lại:',
  'planEd.overwrite': 'Ghi đè bằng bản của tôi',
  'planEd.overwriteConfirm':
    'Bản người khác vừa lưu sẽ bị thay bằng những gì bạn đang thấy trên màn hình. Ghi đè?',
  'planEd.conflictHelp':
    'Những gì bạn vừa gõ vẫn còn trên màn hình và được giữ trên máy này; việc tự động lưu đã tạm dừng. Bấm “Tải bản mới” để xem bản người khác vừa lưu (bản của bạn sẽ bị bỏ), hoặc “Ghi đè bằng bản của tôi” để lưu bản của bạn thay cho bản đó.',
  'planEd.leaveTitle': 'Rời trang khi chưa lưu xong?',
  'planEd.leaveBody':
    'Những thay đổi vừa gõ chưa được lưu lên máy chủ. Nếu rời trang bây giờ, chúng chỉ còn trong bản nháp trên máy này.',
  'planEd.leave': 'Vẫn rời trang',
  'planEd.stay': 'Ở lại',
  'planEd.localFound': 'Máy này còn giữ một bản chưa lưu lên máy chủ (lúc {time}).',
  'planEd.localHelp':
    'Đó là những gì bạn đã gõ mà chưa kịp lưu. Khôi phục để tiếp tục với bản đó, hoặc bỏ nó đi.',
  'planEd.restore': 'Khôi phục',
  'planEd.notSaved':
    'Những gì vừa gõ chưa lưu được nên chưa trình duyệt; hãy xem thông báo phía trên.',
  'planEd.discard': 'Bỏ bản này',
} as const;
