/**
 * CheckPool hands files to the least busy of its first `active` workers: `limit` lets the page keep a core while
 * the matrix's first page is drawn (Reviewer), and lifting it gives the rested workers files again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A worker that records what it is sent and answers nothing until told to. */
class FakeWorker {
  static made: FakeWorker[] = [];
  readonly sent: { id?: number }[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  constructor(
    readonly url: string,
    readonly options: { name: string },
  ) {
    FakeWorker.made.push(this);
  }
  terminated = false;
  postMessage(message: { id?: number }): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The checks it was sent, the warm-up (and any parent plan posted) left out. */
  get checks(): number[] {
    return this.sent.map((m) => m.id).filter((id) => id !== undefined && id !== 0) as number[];
  }
  reply(id: number, reply: object = { entry: new Uint8Array() }): void {
    this.onmessage?.({ data: [{ id, ...reply }] });
  }
}

let CheckPool: typeof import('../../packages/web/src/pool').CheckPool;

beforeEach(async () => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('__CHECK_WORKER__', { url: 'check.js' });
  vi.stubGlobal('__PDF_WORKER__', { url: 'pdf.js' });
  vi.stubGlobal('__DOC_WORKER__', { url: 'doc.js' });
  ({ CheckPool } = await import('../../packages/web/src/pool'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

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

  it('reads a parent plan before the files queued, even when a new run clears them, and posts it once to each worker', async () => {
    const pool = new CheckPool(2);
    // Sixteen files in flight per worker, four queued.
    for (let i = 0; i < 36; i++) void pool.check(`${i}.txt`, file, {});
    const read = pool.readParent('cap-tren.txt', file);
    pool.clear();
    const [one, two] = FakeWorker.made as [FakeWorker, FakeWorker];
    one.reply(1);
    expect(one.sent.at(-1)).toMatchObject({ id: 37, path: 'cap-tren.txt', parent: true });
    one.reply(37, { parent: { error: 'không đọc được' } });
    await expect(read).resolves.toEqual({ error: 'không đọc được' });
    // The files queued before the clear are dropped: a free place takes nothing more.
    two.reply(2);
    expect(two.checks).toHaveLength(16);
    pool.setParent(null);
    for (const worker of [one, two]) {
      expect(worker.sent.filter((m) => 'parentPlan' in m)).toEqual([{ parentPlan: null }]);
    }
  });

  it('never limits to fewer than one worker', () => {
    const pool = new CheckPool(2);
    pool.limit(0);
    void pool.check('a.txt', file, {});
    expect(FakeWorker.made[0]!.checks).toEqual([1]);
  });

  it('ends a checking worker silent for 30 s: its oldest file gets the timeout error, its others go to the new worker', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
    const pool = new CheckPool(1);
    pool.setParent(null);
    const checked = [1, 2, 3].map((i) => pool.check(`${i}.txt`, file, {}));
    const first = FakeWorker.made[0]!;
    first.reply(1);
    await expect(checked[0]).resolves.toMatchObject({ entry: expect.any(Uint8Array) });
    vi.advanceTimersByTime(29_000);
    expect(first.terminated).toBe(false);
    vi.advanceTimersByTime(2_000);
    expect(first.terminated).toBe(true);
    const second = FakeWorker.made[1]!;
    expect(second.options.name).toBe(first.options.name);
    expect(second.sent.filter((m) => m.id !== 0)).toMatchObject([
      { id: 2, path: '2.txt', error: { code: 'timeout' } },
      { id: 3, path: '3.txt', file },
    ]);
    // The new worker answers for both; a worker that answers in time is left alone.
    second.reply(2, { entry: new Uint8Array([1]) });
    second.reply(3);
    await expect(checked[1]).resolves.toMatchObject({ entry: new Uint8Array([1]) });
    await expect(checked[2]).resolves.toMatchObject({ entry: expect.any(Uint8Array) });
    vi.advanceTimersByTime(60_000);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('ends a reader worker that has not read its file in 30 s; the file is checked with the timeout error', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
    const pool = new CheckPool(1);
    void pool.check('quet.pdf', file, {});
    const checking = FakeWorker.made[0]!;
    checking.reply(1, { read: 'pdf' });
    await vi.advanceTimersByTimeAsync(10);
    const reader = FakeWorker.made.find((w) => w.options.name === 'soat-pdf')!;
    expect(reader.sent).toMatchObject([{ id: 1 }]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(reader.terminated).toBe(true);
    expect(checking.sent.at(-1)).toMatchObject({ id: 1, path: 'quet.pdf', error: { code: 'timeout' } });
    // The checking worker was waiting for the reader, not silent: it is not ended.
    expect(checking.terminated).toBe(false);
  });
});
