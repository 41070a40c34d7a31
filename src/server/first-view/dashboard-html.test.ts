import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { dashboardHtml } from './dashboard-html';
import type { DashboardView } from './dashboard-view';

const HOSTILE = '<img src=x onerror=alert(1)>"Khu phố 1"&';

const view = (over: Partial<DashboardView> = {}): DashboardView => ({
  displayName: HOSTILE,
  unitId: '00000000-0000-4000-8000-000000000001',
  unitName: `Phường ${HOSTILE}`,
  range: { from: '2026-09-14', to: '2026-12-06' },
  kpi: { rate: 76.5, due: 34, met: 26, activities: 1234, lateReports: 15 },
  weeks: [
    { week: '2026-W47', due: 3, met: 3, rate: 100 },
    { week: '2026-W48', due: 4, met: 1, rate: 25 },
  ],
  children: [
    {
      unitId: '00000000-0000-4000-8000-000000000002',
      unitName: HOSTILE,
      due: 2,
      met: 1,
      rate: 50,
      overdue: 1,
    },
  ],
  late: [
    {
      unitId: '00000000-0000-4000-8000-000000000002',
      unitName: HOSTILE,
      week: '2026-W48',
      dueOn: '2026-11-30',
      state: 'missing',
      reportId: null,
    },
  ],
  upcoming: [{ taskTitle: HOSTILE, assigneeName: HOSTILE, to: '2026-12-13' }],
  ...over,
});

describe('the first view of the dashboard', () => {
  it('writes every name as text, never as markup, and carries no script', () => {
    const root = parse(dashboardHtml(view()));
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    for (const el of root.querySelectorAll('*'))
      expect(Object.keys(el.attributes).filter((a) => a.startsWith('on'))).toEqual([]);
    expect(root.querySelector('.who')?.textContent).toBe(`${HOSTILE} · Phường ${HOSTILE}`);
    expect(root.querySelector('[data-testid="upcoming"] li')?.textContent).toContain(HOSTILE);
  });

  it('writes figures and dates the Vietnamese way', () => {
    const root = parse(dashboardHtml(view()));
    expect(root.querySelector('[data-testid="kpi-rate"]')?.textContent).toBe('76,5%');
    expect(root.querySelector('[data-testid="kpi-acts"]')?.textContent).toBe('1.234');
    expect(root.querySelector('main > p.muted')?.textContent).toContain(
      'từ 14/09/2026 đến 06/12/2026',
    );
    expect(root.querySelector('[data-testid="upcoming"] li')?.textContent).toContain(
      'hạn 13/12/2026',
    );
    // Twelve are listed; the rest are counted and left to the grid.
    expect(root.querySelector('[data-testid="late-reports"]')?.textContent).toContain(
      'Và 14 báo cáo khác',
    );
  });

  it('draws the week chart for a wide screen and for a phone, with its figures as a table', () => {
    const root = parse(dashboardHtml(view()));
    const chart = root.querySelector('[data-testid="chart-compliance-week"]');
    expect(chart?.querySelectorAll('svg')).toHaveLength(2);
    expect(chart?.querySelectorAll('tbody tr').map((r) => r.textContent)).toEqual([
      'Tuần 47 (16/11–22/11/2026)33100',
      'Tuần 48 (23/11–29/11/2026)4125',
    ]);
  });

  it('says what to do where there is nothing to show', () => {
    const root = parse(
      dashboardHtml(
        view({
          kpi: { rate: null, due: 0, met: 0, activities: 0, lateReports: 0 },
          weeks: [],
          children: [],
          late: [],
          upcoming: [],
        }),
      ),
    );
    expect(root.querySelector('[data-testid="kpi-rate"]')?.textContent).toBe('—');
    expect(root.textContent).toContain('Chưa có nhiệm vụ đến hạn');
    expect(root.querySelector('[data-testid="chart-compliance-week"]')?.textContent).toContain(
      'Để xem khoảng thời gian khác, bấm “Mở bảng điều khiển đầy đủ”',
    );
    expect(root.querySelector('[data-testid="chart-compliance-week"] svg')).toBeNull();
    expect(root.querySelector('[data-testid="upcoming"]')?.textContent).toContain(
      'Không có nhiệm vụ nào đến hạn',
    );
    expect(root.querySelector('[data-testid="children"]')).toBeNull();
  });

  it("opens the unit's own task windows from its own row, a child's dashboard from the child's", () => {
    const own = '00000000-0000-4000-8000-000000000001';
    const root = parse(
      dashboardHtml(
        view({
          children: [
            { unitId: own, unitName: 'Phường (trực tiếp)', due: 1, met: 1, rate: 100, overdue: 0 },
            ...view().children,
          ],
        }),
      ),
    );
    const links = root
      .querySelectorAll('[data-testid="children"] a')
      .map((a) => a.getAttribute('href'));
    expect(links[0]).toBe(`/app/obligations?unit=${own}`);
    expect(links[1]).toBe('/app/dashboard?unit=00000000-0000-4000-8000-000000000002');
  });
});
