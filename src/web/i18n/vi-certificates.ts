/** Signing certificates of units (chứng thư số) and signed documents. */
export const viCertificates = {
  'cert.title': 'Chứng thư số của đơn vị',
  'cert.none':
    'Đơn vị chưa có chứng thư số: văn bản đơn vị ban hành được tạo PDF nhưng chưa ký số.',
  'cert.subject': 'Chủ thể',
  'cert.issuer': 'Tổ chức cấp',
  'cert.validity': 'Hiệu lực',
  'cert.fromTo': 'Từ {from} đến {to}',
  'cert.state.valid': 'Còn hạn',
  'cert.state.expired': 'Hết hạn',
  'cert.state.not_yet': 'Chưa đến ngày hiệu lực',
  'cert.images': 'Hình ảnh',
  'cert.hasSeal': 'có hình con dấu',
  'cert.noSeal': 'chưa có hình con dấu',
  'cert.hasSignature': 'có hình chữ ký',
  'cert.noSignature': 'chưa có hình chữ ký',
  'cert.add': 'Thêm chứng thư số',
  'cert.replace': 'Thay chứng thư số',
  'cert.remove': 'Gỡ chứng thư số',
  'cert.removeConfirm':
    'Gỡ chứng thư số của đơn vị? Văn bản ban hành sau đó sẽ không được ký số cho đến khi thêm chứng thư mới.',
  'cert.removed': 'Đã gỡ chứng thư số.',
  'cert.save': 'Lưu',
  'cert.saved': 'Đã lưu chứng thư số; văn bản ban hành từ nay được ký bằng chứng thư này.',
  'cert.help':
    'Tệp chứng thư số (.p12 hoặc .pfx) do tổ chức cung cấp dịch vụ chứng thực chữ ký số cấp cho cơ quan. Tệp và mật khẩu được mã hóa khi lưu và không bao giờ được gửi lại trình duyệt.',
  'cert.file': 'Tệp chứng thư số (.p12, .pfx)',
  'cert.fileRequired': 'Hãy chọn tệp chứng thư số.',
  'cert.pick': 'Chọn tệp',
  'cert.pickPng': 'Chọn ảnh PNG',
  'cert.password': 'Mật khẩu của tệp',
  'cert.seal': 'Hình con dấu (không bắt buộc)',
  'cert.sealHelp':
    'Ảnh PNG nền trong suốt, màu đỏ, chụp đúng kích thước thật; đặt đè khoảng một phần ba hình chữ ký, lệch sang trái.',
  'cert.signature': 'Hình chữ ký của người ký (không bắt buộc)',
  'cert.signatureHelp': 'Ảnh PNG nền trong suốt; đặt giữa chức vụ và họ tên người ký.',
};
