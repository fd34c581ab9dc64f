import { describe, expect, it } from 'vitest';
import { matchByline } from '../../src/lib/split/byline';

describe('matchByline', () => {
  it('takes a byline alone on its line after a finished sentence', () => {
    expect(matchByline('（惠晓婧）', true)).toEqual({ before: '', text: '（惠晓婧）', names: ['惠晓婧'] });
  });
  it('takes a byline right after the last sentence, with or without a space', () => {
    expect(matchByline('见》。 （高美梅、惠晓婧）', false)?.names).toEqual(['高美梅', '惠晓婧']);
    expect(matchByline('落到实处。（惠晓婧）', false)?.before).toBe('落到实处。');
  });
  it('leaves parentheses inside a body as text', () => {
    expect(matchByline('目计划（草案）', false)).toBeNull();
    expect(matchByline('改、内审“三维一体”和市、市（县）', false)).toBeNull();
    expect(matchByline('动实施方案（2023-2025）', true)).toBeNull();
    expect(matchByline('（党组）', false)).toBeNull();
  });
});
