// Text from files (file names, cell text quoted in messages, config keys) on its way to a terminal:
// control characters are shown escaped, so a file name or a cell cannot move the cursor, set the
// window title (OSC), colour the terminal (CSI) or start a line of its own. JSON output needs none
// of this: JSON.stringify escapes control characters itself.

/**
 * C0 controls but tab, DEL, C1 controls (0x9B is a one-byte CSI), the line and paragraph separators and
 * the bidirectional embedding/override/isolate marks (which reorder what follows them on screen).
 */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

// Returns `text` with every unsafe character written as an escape (\n, \r, \e, \u0007, \u202e…); other text unchanged.
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
