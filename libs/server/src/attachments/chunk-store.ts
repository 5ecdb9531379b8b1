import { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';

type Db = DataSource | EntityManager;

/** Reads `length` bytes from `offset` of a file (fewer at its end). */
export type ReadBytes = (offset: number, length: number) => Promise<Buffer>;

/** A file's bytes are kept in rows of this size (the last one shorter). */
export const CHUNK_SIZE = 256 * 1024;

/** How many chunks a download reads at a time: 1 MiB in memory at most. */
const CHUNKS_PER_READ = 4;

/**
 * Writes a file's bytes as they stream in, a chunk row at a time, in the caller's
 * transaction: at most one chunk is held in memory.
 */
export class ChunkWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;

  constructor(
    private readonly manager: EntityManager,
    private readonly attachmentId: number,
  ) {}

  async write(data: Buffer): Promise<void> {
    this.pending.push(data);
    this.pendingBytes += data.length;
    while (this.pendingBytes >= CHUNK_SIZE) {
      const joined = Buffer.concat(this.pending);
      await this.insert(joined.subarray(0, CHUNK_SIZE));
      const rest = joined.subarray(CHUNK_SIZE);
      this.pending = rest.length ? [rest] : [];
      this.pendingBytes = rest.length;
    }
  }

  /** Writes what is left: the last, shorter chunk. */
  async end(): Promise<void> {
    if (this.pendingBytes > 0) await this.insert(Buffer.concat(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
  }

  private async insert(data: Buffer): Promise<void> {
    await this.manager.query(
      'INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES ($1, $2, $3)',
      [this.attachmentId, this.seq++, data],
    );
  }
}

/**
 * Random reads of a stored file, for the parts of it that tell its kind (a zip's central
 * directory, a compound file's directory): `read(offset, length)` answers those bytes
 * (fewer at the end of the file). The last chunk read is kept, as such reads come many
 * and close together.
 */
export function storedBytes(db: Db, attachmentId: number): ReadBytes {
  let cached: { seq: number; data: Buffer } | undefined;
  const chunk = async (seq: number): Promise<Buffer | undefined> => {
    if (cached?.seq !== seq) {
      const [row]: { data: Buffer }[] = await db.query(
        'SELECT data FROM attachment_chunks WHERE attachment_id = $1 AND seq = $2',
        [attachmentId, seq],
      );
      if (!row) return undefined;
      cached = { seq, data: row.data };
    }
    return cached.data;
  };
  return async (offset, length) => {
    const parts: Buffer[] = [];
    for (let at = offset; at < offset + length;) {
      const seq = Math.floor(at / CHUNK_SIZE);
      const data = await chunk(seq);
      const from = at - seq * CHUNK_SIZE;
      if (!data || from >= data.length) break;
      const part = data.subarray(from, Math.min(data.length, from + offset + length - at));
      parts.push(part);
      at += part.length;
    }
    return Buffer.concat(parts);
  };
}

/**
 * A stored file's bytes as a stream, read a few chunks at a time as the client takes them.
 * A file that ends short of `size` (deleted while it was read) ends the stream with an
 * error, so that the client sees a broken download rather than a short file.
 */
export function chunkStream(db: Db, attachmentId: number, size: number): Readable {
  async function* chunks() {
    let next = 0;
    let sent = 0;
    for (;;) {
      const rows: { seq: number; data: Buffer }[] = await db.query(
        `SELECT seq, data FROM attachment_chunks WHERE attachment_id = $1 AND seq >= $2
          ORDER BY seq LIMIT $3`,
        [attachmentId, next, CHUNKS_PER_READ],
      );
      for (const row of rows) {
        sent += row.data.length;
        yield row.data;
      }
      if (rows.length < CHUNKS_PER_READ) break;
      next = rows[rows.length - 1].seq + 1;
    }
    if (sent !== size)
      throw new Error(`attachment ${attachmentId} ended after ${sent} of ${size} bytes`);
  }
  return Readable.from(chunks(), { objectMode: false, highWaterMark: CHUNK_SIZE });
}
