/**
 * The reading options of the command line (`soat check`, `soat report`, `soat coverage`): the flags that raise the
 * reading limits, and standard input read on the main thread. Apart from ./read-file (the readers themselves) so
 * that `soat check`'s main thread, which reads only stdin, loads no reader.
 */
import { readErrors } from '../readers/errors';
import { DEFAULT_LIMITS, resolveLimits, type ReadLimits } from '../readers/limits';

export interface ReadOptions extends Partial<ReadLimits> {
  /** Recognise scanned PDFs with tesseract (needs `tesseract` with `vie` data and `pdftoppm`). */
  readonly ocr?: boolean;
}

/** Command-line flags that raise the reading limits, for `parseArgs` (sizes in MB, time in seconds). */
export const READ_FLAGS = {
  'max-file-size': { type: 'string' },
  'max-zip-entries': { type: 'string' },
  'max-uncompressed': { type: 'string' },
  'max-xml-depth': { type: 'string' },
  'max-pages': { type: 'string' },
  timeout: { type: 'string' },
  ocr: { type: 'boolean', default: false },
} as const;

/** Help lines for READ_FLAGS (Vietnamese, like the rest of the CLI help). */
export const READ_FLAGS_HELP = `Giới hạn khi đọc tệp (nâng lên khi cần):
      --max-file-size <MB>    cỡ tệp tối đa (mặc định ${DEFAULT_LIMITS.maxBytes / 2 ** 20})
      --max-zip-entries <n>   số thành phần tối đa trong tệp .docx (mặc định ${DEFAULT_LIMITS.maxZipEntries})
      --max-uncompressed <MB> tổng dung lượng giải nén tối đa (mặc định ${DEFAULT_LIMITS.maxUncompressedBytes / 2 ** 20})
      --max-xml-depth <n>     độ sâu XML tối đa (mặc định ${DEFAULT_LIMITS.maxXmlDepth})
      --max-pages <n>         số trang PDF tối đa (mặc định ${DEFAULT_LIMITS.maxPdfPages})
      --timeout <giây>        thời gian tối đa cho một tệp (mặc định ${DEFAULT_LIMITS.timeoutMs / 1000})
      --ocr                   nhận dạng chữ PDF bản quét (cần tesseract-ocr-vie và poppler-utils)
`;

type FlagValues = {
  readonly [K in keyof typeof READ_FLAGS]?: (typeof READ_FLAGS)[K]['type'] extends 'boolean' ? boolean : string;
};

/** ReadOptions from the READ_FLAGS values, or a message (vi + en) naming the flag that is wrong. */
export function readOptionsFromFlags(values: FlagValues): { options: ReadOptions } | { error: string } {
  const units: Record<Exclude<keyof typeof READ_FLAGS, 'ocr'>, [keyof ReadLimits, number]> = {
    'max-file-size': ['maxBytes', 2 ** 20],
    'max-zip-entries': ['maxZipEntries', 1],
    'max-uncompressed': ['maxUncompressedBytes', 2 ** 20],
    'max-xml-depth': ['maxXmlDepth', 1],
    'max-pages': ['maxPdfPages', 1],
    timeout: ['timeoutMs', 1000],
  };
  const options: { -readonly [K in keyof ReadOptions]: ReadOptions[K] } = { ocr: values.ocr === true };
  for (const [flag, [key, unit]] of Object.entries(units) as [keyof typeof units, [keyof ReadLimits, number]][]) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!(Number.isFinite(value) && value > 0)) {
      return { error: `--${flag} cần một số dương (needs a positive number; got "${raw}")` };
    }
    options[key] = Math.round(value * unit);
  }
  return { options };
}

export function pickLimits(options: ReadOptions): Partial<ReadLimits> {
  const keys = Object.keys(DEFAULT_LIMITS) as (keyof ReadLimits)[];
  return Object.fromEntries(keys.map((key) => [key, options[key]]));
}

/** Standard input, up to the size limit (a worker thread has no access to the process's stdin). */
export async function readStdinBytes(options: ReadOptions = {}): Promise<Uint8Array> {
  const { maxBytes } = resolveLimits(pickLimits(options));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw readErrors.tooLarge(size, maxBytes);
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
