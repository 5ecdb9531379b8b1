import type { CellValue } from '../sheets';

/** A cell read by its column: its canonical value, or what is wrong with it. */
export type CellResult =
  | { value: CellValue }
  | {
      /** In the importer's language. */
      problem: string;
      /** What the value probably should be, written as the importer would write it. */
      suggestion?: string;
    };
