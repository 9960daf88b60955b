/** Debian's Firefox ESR for the real-browser tests (driven over WebDriver BiDi by puppeteer-core). */
export const FIREFOX = process.env.SOAT_FIREFOX ?? '/usr/bin/firefox-esr';
