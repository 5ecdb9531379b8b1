/**
 * Polls `find` until it answers something other than `undefined`, `null` or `false`, and
 * resolves to that; rejects, naming `what`, after `timeoutMs`.
 */
export async function until<T>(
  what: string,
  find: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined && found !== null && found !== false) return found;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
