/**
 * Node's globals that word-extractor's OLE reader uses without importing them (`Buffer.concat`, `Buffer.alloc`),
 * from their browser build; the build injects this module into the checking worker (scripts/build.mjs).
 */
export { Buffer } from 'buffer';
