import { selectPaths } from '../../../lib/site/partial';
import type { GetStaticPaths } from 'astro';
import { personSearchFiles, type PersonSearchFiles } from '../../../lib/site/search-files';

/** Every article mentioning the person, with its facets: a name search answered without the index. */
export const getStaticPaths = (async () =>
  selectPaths('people', await personSearchFiles(), (p) => p.name).map((person) => ({
    params: { name: person.name },
    props: { person },
  }))) satisfies GetStaticPaths;

export function GET({ props }: { props: { person: PersonSearchFiles } }) {
  return new Response(JSON.stringify(props.person.hits), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
