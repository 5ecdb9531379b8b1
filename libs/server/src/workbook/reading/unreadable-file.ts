/**
 * A file that cannot be read at all: not a spreadsheet, an old .xls, encrypted, damaged, a
 * zip bomb, too many rows, too large unpacked. Its `message` is in the importer's language
 * and says what to do instead.
 */
export class UnreadableFile extends Error {
  override readonly name = 'UnreadableFile';
}
