/**
 * What a platform may do faster than the portable readers: the Node entry passes Node's zlib and its own
 * bytes-to-latin1 conversion (decision 0006); the browser uses fflate's inflate and TextDecoder.
 */
import { portableInflate, type Inflate } from './zip';

export interface ReaderPlatform {
  /** Inflates a deflated zip entry. */
  readonly inflate: Inflate;
  /** The bytes as a string of one character per byte (latin1), where the platform does it without decoding. */
  readonly latin1?: (bytes: Uint8Array) => string;
}

export const PORTABLE: ReaderPlatform = { inflate: portableInflate };
