import { searchData } from '../lib/site/search-files';
import { jsonResponse } from '../lib/site/json-response';

/**
 * What the search page needs besides the Pagefind index: the people (for exact name filters and pinyin
 * suggestions), the lookups that people's hits files index into, and the traditional → simplified table for this
 * archive's characters.
 */
export async function GET() {
  const data = await searchData();
  return jsonResponse(data);
}
