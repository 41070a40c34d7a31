import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { invalid } from '../shared/domain-error';
import { MIN_PASSWORD_LENGTH } from './user';

/** zxcvbn's 0–4 guessability score below which a password is refused (3: "safely unguessable"). */
export const MIN_PASSWORD_SCORE = 3;

// Built on first use: ranking the common-password dictionaries takes a moment at start-up.
let factory: ZxcvbnFactory | null = null;
const strength = (password: string, username: string) => {
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return factory.check(password, [username]);
};

/** Why zxcvbn found a password guessable, in words an officer understands. */
const REASONS: Record<string, string> = {
  topTen: 'nằm trong danh sách mật khẩu phổ biến nhất',
  topHundred: 'nằm trong danh sách mật khẩu phổ biến nhất',
  common: 'nằm trong danh sách mật khẩu phổ biến',
  similarToCommon: 'quá giống một mật khẩu phổ biến',
  wordByItself: 'chỉ là một từ thông dụng',
  namesByThemselves: 'chỉ là tên người',
  commonNames: 'chỉ là tên người phổ biến',
  userInputs: 'chứa tên đăng nhập',
  straightRow: 'là một hàng phím liền nhau',
  keyPattern: 'là một dãy phím dễ đoán',
  simpleRepeat: 'chỉ lặp lại một ký tự',
  extendedRepeat: 'chỉ lặp lại một nhóm ký tự',
  sequences: 'là một dãy ký tự liên tiếp (như abc, 123)',
  recentYears: 'chứa năm gần đây, dễ đoán',
  dates: 'chứa ngày tháng, dễ đoán',
};

const labelOf = (field: string): string => (field === 'newPassword' ? 'Mật khẩu mới' : 'Mật khẩu');

/**
 * Refuses passwords too short, too long, containing the username, or easy to guess (in a
 * common-password list, a keyboard row, a repeat, a date: zxcvbn score below
 * MIN_PASSWORD_SCORE). Throws validation on `field`, the message naming the field and the reason.
 */
export function checkNewPassword(password: string, username: string, field = 'newPassword'): void {
  const label = labelOf(field);
  if (password.length < MIN_PASSWORD_LENGTH)
    throw invalid(field, `${label} phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  if (password.length > 200) throw invalid(field, `${label} quá dài (tối đa 200 ký tự).`);
  if (password.toLowerCase().includes(username.toLowerCase()))
    throw invalid(field, `${label} không được chứa tên đăng nhập.`);
  const result = strength(password, username);
  if (result.score >= MIN_PASSWORD_SCORE) return;
  const reason = REASONS[result.feedback.warning ?? ''] ?? 'quá dễ đoán';
  throw invalid(
    field,
    `${label} ${reason}; hãy chọn mật khẩu khó đoán hơn, ví dụ một câu ngắn gồm vài từ không liên quan.`,
  );
}
