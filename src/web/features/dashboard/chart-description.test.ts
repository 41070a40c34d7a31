import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/i18n';
import { describeChart } from './chart-description';

const t = translate('vi');

describe('describeChart', () => {
  it('reads a stacked bar chart as each series’ own values, never internal dimensions', () => {
    const text = describeChart(
      {
        xAxis: { type: 'category', data: ['Tuần 20', 'Tuần 21'] },
        yAxis: { type: 'value' },
        series: [
          { name: 'Loa truyền thanh', type: 'bar', stack: 'all', data: [0, 84] },
          { name: 'Mạng xã hội', type: 'bar', stack: 'all', data: [{ value: 3 }, null] },
        ],
      },
      'Hoạt động theo tuần',
      t,
    );
    expect(text).toBe(
      'Biểu đồ “Hoạt động theo tuần”. Gồm 2 chuỗi số liệu.' +
        ' Chuỗi 1 là Loa truyền thanh. Số liệu: Tuần 20: 0; Tuần 21: 84.' +
        ' Chuỗi 2 là Mạng xã hội. Số liệu: Tuần 20: 3; Tuần 21: không có.',
    );
    expect(text).not.toMatch(/NaN|undefined/);
  });

  it('takes the categories from a vertical axis and says how many items it leaves out', () => {
    const units = Array.from({ length: 32 }, (_, i) => `Khu phố ${i + 1}`);
    const text = describeChart(
      {
        xAxis: { type: 'value' },
        yAxis: [{ type: 'category', data: units }],
        series: [{ name: 'Đúng hạn', data: units.map((_, i) => i) }],
      },
      'Đơn vị trực thuộc',
      t,
    );
    expect(text).toContain('30 mục đầu: Khu phố 1: 0;');
    expect(text).toContain('Khu phố 30: 29 và 2 mục khác.');
    expect(text).not.toContain('Khu phố 31');
  });
});
