// Text made safe for a terminal: no escape sequences, control characters or bidirectional overrides from user data.

// ESC sequences (CSI, OSC, and two-character ones), then C0 (but tab and newline), DEL, C1, and the bidi
// embeddings, overrides, isolates and marks that can make a line read differently from what it holds.
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** A line (or lines) for the terminal: escape sequences and control characters removed, CR dropped, tabs kept. */
export function safeText(s: string): string {
  return s.replace(ESCAPES, '').replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}
