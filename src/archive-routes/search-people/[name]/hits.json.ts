import { selectPaths } from '../../../lib/site/partial';
import type { GetStaticPaths } from 'astro';
import { personSearchFiles, type PersonSearchFiles } from '../../../lib/site/search-files';
import { jsonResponse } from '../../../lib/site/json-response';

/** Every article mentioning the person, with its facets: a name search answered without the index. */
export const getStaticPaths = (async () =>
  selectPaths('people', await personSearchFiles(), (p) => p.name).map((person) => ({
    params: { name: person.name },
    props: { person },
  }))) satisfies GetStaticPaths;

export function GET({ props }: { props: { person: PersonSearchFiles } }) {
  return jsonResponse(props.person.hits);
}
