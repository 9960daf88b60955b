/**
 * Characters that must not reach an output as they are, shown as a visible `\uXXXX` instead: bidirectional
 * controls (U+202E turns "cod.exe" around; "Trojan Source") everywhere, and on a terminal also the control
 * characters (an ESC from a document or a file name would drive the terminal: colours, title, cursor).
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const TERMINAL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const visible = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** For HTML and CSV: bidirectional controls made visible. */
export function neutraliseBidi(text: string): string {
  return text.replace(BIDI, visible);
}

/** For a terminal: control characters (a tab aside) and bidirectional controls made visible. */
export function neutraliseForTerminal(text: string): string {
  return text.replace(TERMINAL, visible);
}
