import type request from 'supertest';

/** supertest's parser for a body read as bytes, whatever its type: `.buffer(true).parse(binary)`. */
export const binary = (
  res: request.Response,
  done: (error: Error | null, body: Buffer) => void,
) => {
  const parts: Buffer[] = [];
  res.on('data', (part: Buffer) => parts.push(part));
  res.on('end', () => done(null, Buffer.concat(parts)));
};
