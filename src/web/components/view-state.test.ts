import { describe, expect, it } from 'vitest';
import { carryView, formatViewState, isWeekKey, overlaps, parseViewState } from './view-state';

const CITY = '0b6f2d9e-1c3a-4f5b-8d7e-9a0b1c2d3e4f';
const parse = (q: string) => parseViewState(new URLSearchParams(q));

describe('the shared view in the address', () => {
  it('reads a unit, a period and a week as a copied link gives them', () => {
    expect(parse(`unit=${CITY}&from=2022-05-16&to=2022-06-05&week=2022-W20`)).toEqual({
      state: { unitId: CITY, from: '2022-05-16', to: '2022-06-05', week: '2022-W20' },
      problems: [],
    });
  });

  it('names each parameter it cannot read, keeping what was typed, and never throws', () => {
    const { state, problems } = parse('unit=Cẩm Phả&from=2022-02-30&to=16/05/2022&week=2021-W53');
    expect(state).toEqual({});
    expect(problems).toEqual([
      { field: 'unit', value: 'Cẩm Phả' },
      { field: 'from', value: '2022-02-30' },
      { field: 'to', value: '16/05/2022' },
      { field: 'week', value: '2021-W53' },
    ]);
  });

  it('refuses a period that ends before it begins instead of swapping it', () => {
    expect(parse('from=2022-06-05&to=2022-05-16')).toEqual({
      state: {},
      problems: [{ field: 'range', value: '2022-06-05…2022-05-16' }],
    });
  });

  it('knows which years have a week 53', () => {
    expect(isWeekKey('2020-W53')).toBe(true);
    expect(isWeekKey('2021-W53')).toBe(false);
    expect(isWeekKey('2022-W00')).toBe(false);
    expect(isWeekKey('2022-W52')).toBe(true);
  });

  it('writes the view over the page’s own parameters and round-trips', () => {
    const base = new URLSearchParams('tab=grid&unit=old&from=2020-01-01');
    const out = formatViewState({ unitId: CITY, from: '2022-05-16', to: '2022-06-05' }, base);
    expect(out.toString()).toBe(`tab=grid&unit=${CITY}&from=2022-05-16&to=2022-06-05`);
    expect(parseViewState(out).state).toEqual({
      unitId: CITY,
      from: '2022-05-16',
      to: '2022-06-05',
    });
  });

  it('carries the view to the supervision pages only, without the page’s own parameters', () => {
    const here = new URLSearchParams(`unit=${CITY}&from=2022-05-16&to=2022-06-05&tab=grid`);
    expect(carryView('/tasks', here)).toBe(`/tasks?unit=${CITY}&from=2022-05-16&to=2022-06-05`);
    expect(carryView('/reports/summary', here)).toContain(`unit=${CITY}`);
    expect(carryView('/plans', here)).toBe('/plans');
    expect(carryView('/obligations', new URLSearchParams('from=bad'))).toBe('/obligations');
  });

  it('tells whether a task’s dates touch a period', () => {
    const may = { from: '2022-05-01', to: '2022-05-31' };
    expect(overlaps({ from: '2022-04-01', to: '2022-06-15' }, may)).toBe(true);
    expect(overlaps({ from: null, to: '2022-05-20' }, may)).toBe(true);
    expect(overlaps({ from: '2022-06-01', to: '2022-06-15' }, may)).toBe(false);
    expect(overlaps({ from: null, to: null }, may)).toBe(true);
  });
});
