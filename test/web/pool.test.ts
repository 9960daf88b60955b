/**
 * CheckPool hands files to the least busy of its first `active` workers: `limit` lets the page keep a core while
 * the matrix's first page is drawn (Reviewer), and lifting it gives the rested workers files again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A worker that records what it is sent and answers nothing until told to. */
class FakeWorker {
  static made: FakeWorker[] = [];
  readonly sent: { id: number }[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  constructor(
    readonly url: string,
    readonly options: { name: string },
  ) {
    FakeWorker.made.push(this);
  }
  postMessage(message: { id: number }): void {
    this.sent.push(message);
  }
  /** The checks it was sent, the warm-up left out. */
  get checks(): number[] {
    return this.sent.map((m) => m.id).filter((id) => id !== 0);
  }
  reply(id: number): void {
    this.onmessage?.({ data: [{ id, entry: new Uint8Array() }] });
  }
}

let CheckPool: typeof import('../../packages/web/src/pool').CheckPool;

beforeEach(async () => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('__CHECK_WORKER__', { url: 'check.js' });
  vi.stubGlobal('__PDF_WORKER__', { url: 'pdf.js' });
  ({ CheckPool } = await import('../../packages/web/src/pool'));
});
afterEach(() => vi.unstubAllGlobals());

const file = new Blob(['KẾ HOẠCH']);

describe('CheckPool', () => {
  it('gives files to every worker, the least busy first', () => {
    const pool = new CheckPool(2);
    for (let i = 0; i < 4; i++) void pool.check(`${i}.txt`, file, {});
    expect(FakeWorker.made.map((w) => w.checks)).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });

  it('while limited, gives files to the first workers only; lifting the limit gives the others files at once', async () => {
    const pool = new CheckPool(2);
    pool.limit(1);
    const first = pool.check('a.txt', file, {});
    for (let i = 0; i < 5; i++) void pool.check(`${i}.txt`, file, {});
    const [one, two] = FakeWorker.made as [FakeWorker, FakeWorker];
    expect(one.checks).toEqual([1, 2, 3, 4, 5, 6]);
    expect(two.checks).toEqual([]);
    // A reply frees a place on the working worker only: the rested one still gets nothing.
    one.reply(1);
    await expect(first).resolves.toMatchObject({ entry: expect.any(Uint8Array) });
    void pool.check('b.txt', file, {});
    expect(two.checks).toEqual([]);
    pool.limit(pool.size);
    void pool.check('c.txt', file, {});
    expect(two.checks).toEqual([8]);
  });

  it('never limits to fewer than one worker', () => {
    const pool = new CheckPool(2);
    pool.limit(0);
    void pool.check('a.txt', file, {});
    expect(FakeWorker.made[0]!.checks).toEqual([1]);
  });
});
