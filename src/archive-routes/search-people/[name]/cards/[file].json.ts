import { selectPaths } from '../../../../lib/site/partial';
import type { GetStaticPaths } from 'astro';
import { personSearchFiles } from '../../../../lib/site/search-files';
import type { ResultCard } from '../../../../lib/search/person-hits';
import { jsonResponse } from '../../../../lib/site/json-response';

/** A person's result cards, newest first, CARDS_PER_FILE to a file. */
export const getStaticPaths = (async () =>
  selectPaths('people', await personSearchFiles(), (p) => p.name).flatMap((person) =>
    person.cards.map((cards, file) => ({ params: { name: person.name, file: String(file) }, props: { cards } })),
  )) satisfies GetStaticPaths;

export function GET({ props }: { props: { cards: ResultCard[] } }) {
  return jsonResponse(props.cards);
}
