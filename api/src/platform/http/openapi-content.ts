/**
 * The two shapes every route repeats: a JSON response with its description, and a required
 * JSON request body (required, so a wrong Content-Type cannot slip past validation).
 *
 * @example
 * responses: { 200: jsonResponse(EventSchema, 'The sailing') },
 * request: { body: jsonBody(LockSeatsBody) },
 */
export const jsonResponse = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

export const jsonBody = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });
