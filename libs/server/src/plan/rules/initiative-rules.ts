/** An initiative's code carries its focus area's letter: A.1 belongs to focus area A. */
export function codeFitsFocusArea(code: string, focusAreaCode: string): boolean {
  return code.startsWith(`${focusAreaCode}.`);
}

/** A progress override says why: one without a reason is refused. */
export function overrideLacksReason(
  override: number | null | undefined,
  reason: string | null | undefined,
): boolean {
  return override !== null && override !== undefined && !reason?.trim();
}
