/** A JSON file of the site, as an endpoint returns it; `indent` for files people read (articles.json). */
export function jsonResponse(data: unknown, indent?: number): Response {
  return new Response(JSON.stringify(data, null, indent), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
