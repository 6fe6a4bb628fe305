/** Where the versioned API lives under the server's origin. */
export const API_BASE_PATH = '/api/v1';
