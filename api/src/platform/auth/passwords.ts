import argon2 from 'argon2';

/**
 * Password hashing for customers and staff: argon2id with OWASP's suggested cost (19 MiB,
 * two passes) — about 30 ms on this class of machine, cheap for a login, dear for a guesser.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

// Verified against when the account does not exist, so "no such email" and "wrong password"
// take the same time and an attacker cannot list accounts by timing.
let decoy: Promise<string> | undefined;

/** Checks `password` against `hash`; with no hash (unknown account) it spends the same effort and fails. */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  if (!hash) {
    decoy ??= hashPassword('decoy password that never matches');
    await argon2.verify(await decoy, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}

/** Whether a hash was made with weaker settings than today's and should be replaced at the next login. */
export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, OPTIONS);
}
