/** The longest file name kept, in characters, its extension included. */
export const MAX_FILE_NAME_LENGTH = 120;

/** What a file is called when nothing of the name it came with is left. */
const GENERIC_NAME = 'attachment';

/** Control characters, C0 and C1 (NUL, line breaks, escape, …). */
const CONTROL = /\p{Cc}/gu;

/**
 * Characters that set or reverse the direction of text: "report\u202Efdp.exe" shows as
 * "reportexe.pdf". Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069),
 * and the left-to-right, right-to-left and Arabic letter marks.
 */
const DIRECTION = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * A file name that is safe to store, show and offer for download: the last part of any
 * path (whether `/` or `\` separates it), without control or direction characters, trimmed,
 * and at most MAX_FILE_NAME_LENGTH characters. Its extension must be one of `extensions`
 * (the file's content decides them, lower case, the first being the usual one); otherwise
 * the usual one is added, so that "notes.html" holding text is saved as "notes.html.txt"
 * and never opened as a page. Nothing left makes "attachment" with the usual extension.
 */
export function safeFileName(raw: string | undefined, extensions: readonly string[]): string {
  const base = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base.replace(CONTROL, '').replace(DIRECTION, '').trim();
  const dot = cleaned.lastIndexOf('.');
  const extension = dot >= 0 ? cleaned.slice(dot).toLowerCase() : '';
  const known = extensions.includes(extension);
  const stem = (known ? cleaned.slice(0, dot) : cleaned).replace(/[\s.]+$/, '');
  const ending = known ? extension : extensions[0];
  // Cut by code point, so that a character outside the BMP (an emoji) is never halved.
  const kept = [...stem]
    .slice(0, MAX_FILE_NAME_LENGTH - ending.length)
    .join('')
    .trimEnd();
  return `${kept || GENERIC_NAME}${ending}`;
}
