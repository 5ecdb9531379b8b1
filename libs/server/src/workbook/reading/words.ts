/**
 * Sheet names, headers and enumeration values are matched the way a person writes them:
 * case, surrounding spaces, runs of spaces and underscores aside ("In progress",
 * "in_progress" and " IN  PROGRESS " are one word). NFC, so that an "å" typed as "a" and a
 * combining ring is the same "å".
 */
export const normalise = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[\s_]+/g, ' ')
    .trim()
    .toLowerCase();

/** Levenshtein distance: the fewest single-character edits that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate closest to `word` (normalised), if it is close enough to be what was meant:
 * at most a third of the longer word's letters differ (two for short words). Farther off,
 * a suggestion would be a guess; the message lists the candidates instead.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const target = normalise(word);
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const normalised = normalise(candidate);
    const distance = editDistance(target, normalised);
    const bound = Math.max(2, Math.floor(Math.max(target.length, normalised.length) / 3));
    if (distance <= bound && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
