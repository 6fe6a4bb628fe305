/** The signed-in user's query: who they are and what they may do. */
export const meKey = ['auth', 'me'] as const;
