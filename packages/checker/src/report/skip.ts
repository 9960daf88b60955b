/**
 * Which files of a folder are documents: the formats the readers take, by extension; Word's lock files
 * (`~$…`) and everything else are skipped and listed. Shared by `soat report` and the offline page.
 */
import type { SkipReason } from './model';

/** Extensions of the formats the readers take. */
const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.docx', '.doc', '.pdf', '.html', '.htm']);

/** Why a file of this name is not checked, or null for a document. */
export function skipReason(name: string): SkipReason | null {
  if (name.startsWith('~$')) return 'office-lock-file';
  const dot = name.lastIndexOf('.');
  return dot > 0 && DOCUMENT_EXTENSIONS.has(name.slice(dot).toLowerCase()) ? null : 'not-a-document';
}
