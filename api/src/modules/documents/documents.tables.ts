/**
 * The tables the documents module owns: only its own files read or write them; another module
 * calls its functions (checked by modules/table-ownership.test.ts).
 */
export const DOCUMENTS_TABLES = ['company_requisites', 'document', 'document_counter'] as const;
