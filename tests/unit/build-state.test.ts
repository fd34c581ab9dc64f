import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteHash } from '../../src/lib/site/build-state';

describe('siteHash', () => {
  it('ignores src/content (the articles and the split stamp, which change with every seed edit) but not the code', () => {
    const before = siteHash({});
    const probe = join('src', 'content', '.site-hash-probe');
    mkdirSync(join('src', 'content'), { recursive: true });
    try {
      writeFileSync(probe, String(Math.random()));
      expect(siteHash({})).toBe(before);
    } finally {
      rmSync(probe, { force: true });
    }
    expect(siteHash({ BASE_PATH: '/archive/' })).not.toBe(before);
  });
});
