import { closest } from '../workbook/reading/words';

/** What a typed reference turned out to name. */
export type Resolved =
  { key: string } | { missing: true; suggestion?: string } | { ambiguous: string[] };

const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

/**
 * The records a reference column may name, each by its key (an organisation's short name,
 * a person's e-mail, a code, a target's number) and by the other names a person may type
 * (an organisation's full name, a person's name, a code with its title). A name that fits
 * several records is ambiguous, never guessed.
 */
export class KeyIndex {
  private readonly byName = new Map<string, Set<string>>();
  private readonly keys: string[] = [];

  /** `prefixed`: "A.1 Klynger i verdensklasse" names A.1 (a code followed by its title). */
  constructor(private readonly prefixed = false) {}

  add(key: string, ...aliases: (string | null)[]): void {
    this.keys.push(key);
    for (const name of [key, ...aliases]) {
      if (!name) continue;
      const names = this.byName.get(normal(name)) ?? new Set<string>();
      names.add(key);
      this.byName.set(normal(name), names);
    }
  }

  resolve(text: string): Resolved {
    const found =
      this.byName.get(normal(text)) ??
      (this.prefixed ? this.byName.get(normal(text.trim().split(/\s+/)[0])) : undefined);
    if (found?.size === 1) return { key: [...found][0] };
    if (found && found.size > 1) return { ambiguous: [...found].sort() };
    return { missing: true, suggestion: closest(text.trim(), this.keys) };
  }
}
