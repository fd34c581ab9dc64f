import { describe, expect, it } from 'vitest';
import { articleIdOf, frequentTerms } from '../../src/lib/search/prepared';

describe('the words given prepared answers', () => {
  it('are the words of two or more Han characters in the most articles, each article counted once', () => {
    const articles = [
      '县委常委会召开会议 会议研究部署防汛工作',
      '全县防汛工作会议召开',
      '县委书记调研防汛工作',
      '2025 年 GDP 增长',
    ];
    // 会议 stands twice in the first article and counts once for it; 防汛 and 工作 are in three articles.
    expect(frequentTerms(articles, 3)).toEqual(['工作', '防汛', '会议']);
    expect(frequentTerms(articles, 10)).not.toContain('GDP');
    expect(frequentTerms(articles, 10).every((w) => /^\p{Script=Han}{2,}$/u.test(w))).toBe(true);
  });

  it('leave out a word in a single article', () => {
    expect(frequentTerms(['桐江夜市开街', '城北菜场开业'], 10)).toEqual([]);
  });

  it('name their results by the article id of their address, under any base path', () => {
    expect(articleIdOf('/archive/articles/2025-05-21-tjrb-p1-01/')).toBe('2025-05-21-tjrb-p1-01');
    expect(() => articleIdOf('/issues/2025-05-21/')).toThrow('not an article page');
  });
});
