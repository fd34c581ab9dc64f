import { selectPaths } from '../../../../lib/site/partial';
import type { GetStaticPaths } from 'astro';
import { personSearchFiles } from '../../../../lib/site/search-files';
import { jsonResponse } from '../../../../lib/site/json-response';
import type { PersonHits } from '../../../../lib/search/person-hits';

/**
 * Every article mentioning the person in one year, with its facets: a name search answered without the index,
 * fetching only the years it reaches.
 */
export const getStaticPaths = (async () =>
  selectPaths('people', await personSearchFiles(), (p) => p.name).flatMap((person) =>
    person.hitsByYear.map(({ year, hits }) => ({ params: { name: person.name, year }, props: { hits } })),
  )) satisfies GetStaticPaths;

export function GET({ props }: { props: { hits: PersonHits } }) {
  return jsonResponse(props.hits);
}
