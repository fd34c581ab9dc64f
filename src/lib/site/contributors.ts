import { urls } from './urls';

/** The two kinds of named contributor the archive lists, and how the site speaks of each. */
export const CONTRIBUTOR_KINDS = {
  person: {
    label: '人物',
    articlesPhrase: '文章提及',
    index: urls.people,
    byPinyin: urls.peopleByPinyin,
    page: urls.person,
  },
  reporter: {
    label: '记者',
    articlesPhrase: '署名文章',
    index: urls.reporters,
    byPinyin: urls.reportersByPinyin,
    page: urls.reporter,
  },
} as const;

export type ContributorKind = keyof typeof CONTRIBUTOR_KINDS;
