/** Messages between the page and its Web Workers. */
import type { CheckOptions, CheckResult, ExtractedDocument, Lang, ParentPlan } from '@soat/checker';
import type { CoveragePlan, MatrixRow, ParentProblem, SummaryInput } from '@soat/checker/report';
import type { PackedEntry } from './packed';

/**
 * A file to check: the file itself (a handle; the worker reads its bytes, so the page's thread neither waits for nor
 * copies them), or (a PDF or a .doc read by its reader worker) the document already read.
 */
export interface CheckRequest {
  readonly id: number;
  readonly path: string;
  readonly file?: Blob;
  readonly doc?: ExtractedDocument;
  /** A reading error met before checking (a reader worker's), to be reported as the file's entry. */
  readonly error?: unknown;
  readonly options: CheckOptions;
  /** Send back the text and the full result too (the drafter view shows them). */
  readonly detail: boolean;
  /** Read the file as the parent plan (its tasks, `readParentPlan`) instead of checking it. */
  readonly parent?: true;
}

/**
 * The parent plan every later check is matched against (the reviewer view's "Kế hoạch cấp trên"), or null for none:
 * posted once to each worker (structured clone carries its Maps), not with every file.
 */
export interface ParentMessage {
  readonly parentPlan: ParentPlan | null;
}

/** A parent plan read: its tasks, or why it gives none (naming the file; put into words in the page's language). */
export type ParentRead = { readonly plan: ParentPlan } | { readonly problem: ParentProblem };

/**
 * What the reviewer view takes of a result besides the packed entry, made in the worker so that the page's thread
 * need not unpack each entry (inflating and parsing it was the most of the page's work per document): the matrix
 * row in each language (its `index` 0: the page numbers the rows) and what the summary counts.
 */
export interface Digest {
  readonly rows: Readonly<Record<Lang, MatrixRow>>;
  readonly summary: SummaryInput;
  /** Its coverage of the parent plan's tasks, or why it has none, when the worker holds a parent plan. */
  readonly coverage?: CoveragePlan;
}

export type CheckReply =
  | {
      readonly id: number;
      /** The report entry, packed in the worker (transferred, not copied). */
      readonly entry: PackedEntry;
      /** The drafter view's: the text and the full result. */
      readonly detail?: { readonly text: string; readonly result: CheckResult };
      /** The reviewer view's (any request without `detail`). */
      readonly digest?: Digest;
    }
  /** The bytes are a PDF or a .doc: read them in that format's reader worker, then send the document back. */
  | { readonly id: number; readonly read: ReaderFormat }
  /** A parent plan read (a request with `parent`). */
  | { readonly id: number; readonly parent: ParentRead };

/**
 * What a checking worker posts: its replies since its last message. A worker sends at most one message every
 * `REPLY_EVERY_MS` (a detailed reply, which the drafter view waits for, at once): the page's thread then handles a
 * few messages a second instead of one a document, each a task it may have to wait for a core to run.
 */
export type CheckReplies = readonly CheckReply[];
export const REPLY_EVERY_MS = 100;

/** The formats read in a worker of their own, started on the first such file (their code is large). */
export const READER_FORMATS = ['pdf', 'doc'] as const;
export type ReaderFormat = (typeof READER_FORMATS)[number];

export interface ReaderRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
}

export type ReaderReply =
  | { readonly id: number; readonly doc: ExtractedDocument }
  | { readonly id: number; readonly error: unknown };
