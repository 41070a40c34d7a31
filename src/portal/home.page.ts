import { escapeHtml } from './html';

/** The public home page: what Loa is for voters, and the way into the workspace for officers. */
export function renderHomePage(opts: { demo: boolean }): string {
  const notice = opts.demo
    ? '<p class="notice" role="note">Đây là bản trình diễn với dữ liệu mẫu.</p>'
    : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml('Loa — Thông tin bầu cử')}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#f6f7f9;line-height:1.5}
header{background:#b71c1c;color:#fff;padding:1rem}
header h1{margin:0;font-size:1.4rem}
main{max-width:40rem;margin:0 auto;padding:1rem}
.notice{background:#fff8e1;border:1px solid #f0c36d;padding:.5rem .75rem;border-radius:4px}
a.button{display:inline-block;background:#b71c1c;color:#fff;padding:.6rem 1rem;border-radius:4px;text-decoration:none}
</style>
</head>
<body>
<header><h1>Loa — Thông tin bầu cử</h1></header>
<main>
${notice}
<p>Loa giúp các cơ quan, đơn vị triển khai công tác tuyên truyền bầu cử từ kế hoạch đến báo cáo tổng kết,
và là nơi cử tri tìm thông tin cần thiết để đi bầu.</p>
<p><a class="button" href="/app/">Đăng nhập hệ thống quản lý</a></p>
</main>
</body>
</html>`;
}
