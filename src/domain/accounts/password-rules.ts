import { invalid } from '../shared/domain-error';
import { MIN_PASSWORD_LENGTH } from './user';

/** Refuses passwords too short or too obvious to protect an officer's account. Throws validation. */
export function checkNewPassword(password: string, username: string, field = 'newPassword'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw invalid(field, `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  }
  if (password.length > 200) throw invalid(field, 'Mật khẩu quá dài (tối đa 200 ký tự).');
  if (password.toLowerCase().includes(username.toLowerCase())) {
    throw invalid(field, 'Mật khẩu không được chứa tên đăng nhập.');
  }
}
