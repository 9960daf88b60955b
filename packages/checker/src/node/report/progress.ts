/**
 * The progress bar of `soat report` on a terminal: files done, rate and time left, redrawn at most ten
 * times a second on one line of stderr.
 */
import type { Lang } from '../../types';

const WIDTH = 24;
const REDRAW_MS = 100;

const WORDS = {
  vi: { files: 'tệp', rate: 'tệp/giây', left: 'còn', seconds: 'giây', minutes: 'phút' },
  en: { files: 'files', rate: 'files/s', left: 'left', seconds: 's', minutes: 'min' },
} as const;

export class ProgressBar {
  private readonly started = performance.now();
  private lastDraw = 0;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly total: number,
    private readonly lang: Lang,
  ) {}

  /** Redraws the bar for `done` files (skipped when the last redraw is too recent, except at the end). */
  update(done: number): void {
    const now = performance.now();
    if (now - this.lastDraw < REDRAW_MS && done < this.total) return;
    this.lastDraw = now;
    this.out.write(`\r${progressLine(done, this.total, (now - this.started) / 1000, this.lang)}\x1b[K`);
  }

  /** Clears the line. */
  done(): void {
    this.out.write('\r\x1b[K');
  }
}

/** "▕██████░░░░▏ 120/2000 tệp · 310 tệp/giây · còn 6 giây" */
export function progressLine(done: number, total: number, seconds: number, lang: Lang): string {
  const w = WORDS[lang];
  const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
  const bar = `▕${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}▏`;
  const rate = seconds > 0 ? done / seconds : 0;
  const parts = [`${bar} ${done}/${total} ${w.files}`];
  if (rate > 0) {
    parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} ${w.rate}`);
    const left = (total - done) / rate;
    parts.push(`${w.left} ${left >= 90 ? `${Math.ceil(left / 60)} ${w.minutes}` : `${Math.ceil(left)} ${w.seconds}`}`);
  }
  return parts.join(' · ');
}
