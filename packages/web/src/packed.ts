/**
 * A report entry as the reviewer view keeps it: its JSON, deflated (fflate). A thousand documents' entries
 * (findings, quotes, messages in two languages, the JSON contract) weigh some 70 MB as objects in the page; packed, a
 * few MB, which the garbage collector need not walk. The matrix keeps each document's row; an entry is unpacked when
 * it is shown or downloaded.
 */
import type { ReportEntry } from '@soat/checker/report';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

export type PackedEntry = Uint8Array;

export function pack(entry: ReportEntry): PackedEntry {
  // The fastest level, and the smallest hash table: each call allocates its buffers anew, freed only when the worker
  // collects garbage (fflate's default for 20 KB of JSON allocates some 300 KB a call, tens of MB at the peak).
  return deflateSync(strToU8(JSON.stringify(entry)), { level: 1, mem: 0 });
}

export function unpack(packed: PackedEntry): ReportEntry {
  return JSON.parse(strFromU8(inflateSync(packed))) as ReportEntry;
}
