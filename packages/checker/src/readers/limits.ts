import { readErrors } from './errors';

/** Limits that protect every reader against hostile or broken files. All can be raised by flags. */
export interface ReadLimits {
  /** Largest accepted input in bytes. */
  readonly maxBytes: number;
  /** Most entries a .docx (zip) may hold. */
  readonly maxZipEntries: number;
  /** Largest total uncompressed size of the zip entries that are read, in bytes. */
  readonly maxUncompressedBytes: number;
  /** Deepest XML element nesting accepted. */
  readonly maxXmlDepth: number;
  /** Most pages read from a PDF. */
  readonly maxPdfPages: number;
  /** Longest time spent on one file, in milliseconds (enforced by the Node reader). */
  readonly timeoutMs: number;
}

export const DEFAULT_LIMITS: ReadLimits = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  maxZipEntries: 2_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxXmlDepth: 256,
  maxPdfPages: 500,
  timeoutMs: 30_000,
});

export function resolveLimits(limits: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...DEFAULT_LIMITS, ...definedOnly(limits ?? {}) };
}

function definedOnly(limits: Partial<ReadLimits>): Partial<ReadLimits> {
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
}

/** A time budget that long-running loops check cooperatively (synchronous work cannot be interrupted). */
export class Deadline {
  private readonly at: number;

  constructor(private readonly ms: number) {
    this.at = Date.now() + ms;
  }

  check(): void {
    if (Date.now() > this.at) throw readErrors.timeout(this.ms);
  }

  /** Milliseconds left (never negative). */
  remaining(): number {
    return Math.max(0, this.at - Date.now());
  }
}
