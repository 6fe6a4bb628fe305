/**
 * Tells @hono/node-server that a handler wrote the response to the socket itself (seat
 * streams do, for speed). Like its RESPONSE_ALREADY_SENT, but reading `.body` first: version
 * 2.1's fast path for its own lightweight, body-less responses writes headers again without
 * looking at the marker, which breaks an already-started stream.
 */
export function alreadySent(): Response {
  const response = new Response(null, { headers: { 'x-hono-already-sent': 'true' } });
  void response.body;
  return response;
}
