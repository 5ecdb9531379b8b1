import { BadRequestException } from '@nestjs/common';
import { IsOptional, IsString } from 'class-validator';
import { createValidationPipe } from './validation';

class TitledDto {
  @IsString()
  title: string;

  @IsOptional()
  notes?: { lines: string[] };
}

const pipe = createValidationPipe(TitledDto);
const validate = (body: unknown) => pipe.transform(body, { type: 'body', metatype: TitledDto });

/** The 400 `validate` answers, as the client gets it. */
async function refusal(body: unknown) {
  const error = await validate(body).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BadRequestException)) throw new Error(`not refused: ${String(error)}`);
  return error.getResponse();
}

describe('the validation of a body', () => {
  const DIRECTION_CONTROLS = [
    0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
  ].map((code) => String.fromCodePoint(code));

  it.each(DIRECTION_CONTROLS.map((c) => [`U+${c.codePointAt(0)?.toString(16).toUpperCase()}`, c]))(
    'refuses a text holding %s, which overrides the direction of text, naming the field',
    async (_name, control) => {
      expect(await refusal({ title: `Faktura ${control}fdp.exe` })).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message:
          'title: must not contain characters that override the direction of text (U+202A–U+202E, U+2066–U+2069)',
        errors: [
          {
            field: 'title',
            messages: [
              'title: must not contain characters that override the direction of text (U+202A–U+202E, U+2066–U+2069)',
            ],
          },
        ],
      });
    },
  );

  it('finds such a character however deep in the body, naming where', async () => {
    const answer = await refusal({ title: 'ok', notes: { lines: ['ok', 'a\u202Eb'] } });
    expect(answer).toMatchObject({ errors: [{ field: 'notes.lines.1' }] });
  });

  it('takes text in any script and the marks that only hint at a direction', async () => {
    for (const title of ['Klynger i Danmark', 'مجموعات الأعمال', 'a\u200Fb\u200Ec', 'שלום']) {
      await expect(validate({ title })).resolves.toEqual(Object.assign(new TitledDto(), { title }));
    }
  });
});
