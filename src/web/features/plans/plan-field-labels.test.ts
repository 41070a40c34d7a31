import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/i18n';
import { planFieldLabel, planProblemLines } from './plan-field-labels';

const t = translate('vi');

describe('plan problems as a user reads them', () => {
  it('names a field by its label, rows by their number, never by the raw path', () => {
    expect(planFieldLabel(t, 'phases.0.from')).toBe('Đợt 1 — Từ ngày');
    expect(planFieldLabel(t, 'body.content.phases.2.to')).toBe('Đợt 3 — Đến ngày');
    expect(planFieldLabel(t, 'assignments.1.tasks.0.text')).toBe(
      'Đơn vị thực hiện 2 — Nhiệm vụ 1 — Nhiệm vụ',
    );
    expect(planFieldLabel(t, 'signer.name')).toBe('Họ tên người ký');
    expect(planFieldLabel(t, 'phases.0')).toBe('Đợt 1');
  });

  it('says the schema’s English again in Vietnamese, and keeps the domain’s own words', () => {
    expect(
      planProblemLines(t, [
        { path: 'phases.0.to', message: 'Chưa nhập ngày.' },
        {
          path: 'body.content.title',
          message: 'Too big: expected string to have <=500 characters',
        },
        { path: 'body.content.phases.0.from', message: 'Invalid ISO date' },
      ]),
    ).toEqual([
      'Đợt 1 — Đến ngày: chưa nhập ngày.',
      'Trích yếu: quá dài, hãy rút gọn.',
      'Đợt 1 — Từ ngày: giá trị không lưu được.',
    ]);
  });
});
