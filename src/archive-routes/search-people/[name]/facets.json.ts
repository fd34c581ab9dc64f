import { selectPaths } from '../../../lib/site/partial';
import type { GetStaticPaths } from 'astro';
import { personSearchFiles, type PersonSearchFiles } from '../../../lib/site/search-files';
import { jsonResponse } from '../../../lib/site/json-response';

/** How many articles mention the person, per paper, year, reporter and fellow person: a bare name's counts. */
export const getStaticPaths = (async () =>
  selectPaths('people', await personSearchFiles(), (p) => p.name).map((person) => ({
    params: { name: person.name },
    props: { person },
  }))) satisfies GetStaticPaths;

export function GET({ props }: { props: { person: PersonSearchFiles } }) {
  return jsonResponse(props.person.facets);
}
