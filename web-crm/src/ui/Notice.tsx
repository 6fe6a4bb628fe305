import type { ReactNode } from 'react';

/** A short confirmation that an action went through (announced politely). */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="status status--ok" role="status">
      {children}
    </p>
  );
}
