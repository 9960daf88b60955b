/** Debian's Chromium for the real-browser tests (never `playwright install`), and the flags it needs here. */
export const CHROMIUM = process.env.SOAT_CHROMIUM ?? '/usr/bin/chromium';

/** Headless, no sandbox (root), and none of Chromium's background connections to a closed network. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
