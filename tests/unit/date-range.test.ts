import { describe, expect, it } from 'vitest';
import { daysBetween, inRange, rangeFilter, sliceInRange, validDay } from '../../src/lib/search/date-range';

describe('date ranges for search', () => {
  it('accepts only real calendar days', () => {
    expect(validDay('2024-02-29')).toBe('2024-02-29');
    expect(validDay('2023-02-29')).toBeNull();
    expect(validDay('2024-13-01')).toBeNull();
    expect(validDay('2024-1-01')).toBeNull();
    expect(validDay(null)).toBeNull();
  });

  it('lists the days of a range across a month and a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(daysBetween('2024-03-02', '2024-03-01')).toEqual([]);
  });

  it('filters whole years by year and the days of a cut year by day', () => {
    const years = ['2021', '2022', '2023', '2024'];
    expect(rangeFilter({ from: '2022-01-01', to: '2023-12-31' }, years)).toEqual({ year: { any: ['2022', '2023'] } });
    const cut = rangeFilter({ from: '2023-12-30', to: '2024-01-02' }, years) as { day: { any: string[] } };
    expect(cut).toEqual({ day: { any: ['2023-12-30', '2023-12-31', '2024-01-01', '2024-01-02'] } });
    const both = rangeFilter({ from: '2022-12-31' }, years);
    expect(both).toEqual({ any: [{ year: { any: ['2023', '2024'] } }, { day: { any: ['2022-12-31'] } }] });
    // A range that leaves out nothing filters nothing; one that reaches no year of the archive finds nothing.
    expect(rangeFilter({ from: '2000-01-01' }, years)).toBeNull();
    expect(rangeFilter({ to: '1999-12-31' }, years)).toEqual({ year: { any: ['none'] } });
  });

  it('finds the slice of a newest-first list within a range by reading few dates', async () => {
    const dates = Array.from({ length: 1000 }, (_, i) =>
      new Date(Date.UTC(2024, 0, 1) - Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10),
    );
    let reads = 0;
    const dateAt = async (i: number) => (reads++, dates[i]!);
    const range = { from: '2023-10-01', to: '2023-11-15' };
    const [start, end] = await sliceInRange(dates.length, dateAt, range);
    const expected = dates.map((d, i) => [d, i] as const).filter(([d]) => inRange(d, range));
    expect([start, end]).toEqual([expected[0]![1], expected.at(-1)![1] + 1]);
    expect(reads).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(dates.length)));
    expect(await sliceInRange(dates.length, dateAt, { to: '1990-01-01' })).toEqual([1000, 1000]);
    expect(await sliceInRange(dates.length, dateAt, { from: '2030-01-01' })).toEqual([0, 0]);
    expect(await sliceInRange(0, dateAt, range)).toEqual([0, 0]);
  });
});
