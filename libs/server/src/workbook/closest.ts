/** How many single-character edits turn `a` into `b` (Levenshtein), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const substitution = previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[t.length];
}

/**
 * The candidate a mistyped `text` most likely meant: the nearest by edits, if it is near
 * enough to be a slip (a third of its length, at least two edits) and not tied with another.
 */
export function closest(text: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(text.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of new Set(candidates)) {
    const distance = editDistance(text, candidate);
    if (distance < bestDistance) {
      [best, bestDistance, tied] = [candidate, distance, false];
    } else if (distance === bestDistance && candidate.toLowerCase() !== best?.toLowerCase()) {
      tied = true;
    }
  }
  return bestDistance <= limit && !tied ? best : undefined;
}
