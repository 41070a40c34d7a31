/**
 * The unique constraint a write ran into (PostgreSQL's 23505), or null. Use cases check names,
 * codes and numbers before writing; this is what is left when two requests pass that check at
 * the same moment and the database's index decides between them.
 */
export function uniqueViolation(error: unknown): { constraint: string | null } | null {
  for (let e: unknown = error, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505') return { constraint: typeof constraint === 'string' ? constraint : null };
  }
  return null;
}

/** What the user is told when the named index refused a write another request had just made. */
const MESSAGES: Record<string, string> = {
  units_sibling_name_idx: 'Đơn vị cấp trên vừa có một đơn vị cùng tên; hãy đặt tên khác.',
  units_code_idx: 'Mã đơn vị này vừa được dùng cho đơn vị khác.',
  users_username_unique: 'Tên đăng nhập này vừa được dùng cho tài khoản khác.',
  electoral_districts_name_idx: 'Cuộc bầu cử vừa có một đơn vị bầu cử cùng tên.',
  polling_areas_name_idx: 'Đơn vị bầu cử vừa có một khu vực bỏ phiếu cùng tên.',
  elections_slug_idx: 'Đường dẫn này vừa được dùng cho cuộc bầu cử khác.',
};

export function uniqueViolationMessage(constraint: string | null): string {
  return (
    (constraint && MESSAGES[constraint]) ??
    'Một yêu cầu khác vừa ghi đúng dữ liệu này; hãy tải lại trang để xem.'
  );
}
