import type { LocalizedText } from '../../../platform/http/locale';

/** Column options for a jsonb {ru, en, zh} text. */
export const localizedColumn = (name: string) => ({ name, type: 'jsonb' as const });
export type { LocalizedText };
