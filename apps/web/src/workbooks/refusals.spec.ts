import type { ImportConflict } from '@pejling/contracts';
import { ApiError } from '../api/client';
import { translatorOf } from '../i18n/translator';
import { workbookMessages } from './messages';
import { applyRefusal, uploadRefusal } from './refusals';

const danish = translatorOf(workbookMessages.da);
const refused = (status: number, detail: string, body: Record<string, unknown> = {}) =>
  new ApiError('Serveren afviste forespørgslen', status, { message: detail, ...body }, detail);

const conflict: ImportConflict = {
  sheet: 'initiatives',
  sheetLabel: 'Initiativer',
  row: 4,
  recordId: 12,
  key: 'A.1',
  versionRead: 3,
  versionNow: 4,
};

describe('why a workbook was not read', () => {
  it('says the server’s limit of a file too large', () => {
    expect(uploadRefusal(refused(413, 'Højst 10 MB'), danish)).toBe(
      'Filen er for stor: Højst 10 MB',
    );
  });

  it.each([400, 415])(
    'says that a file it cannot read (%i) could not be read, and why',
    (status) => {
      expect(uploadRefusal(refused(status, 'Ikke et regneark'), danish)).toBe(
        'Filen kunne ikke læses: Ikke et regneark',
      );
    },
  );

  it('says any other failure as the API client worded it', () => {
    expect(uploadRefusal(new ApiError('Serveren kan ikke nås.', 0), danish)).toBe(
      'Serveren kan ikke nås.',
    );
  });
});

describe('why a preview was not applied', () => {
  it('gives the records a 409 says changed since, with its message', () => {
    expect(applyRefusal(refused(409, 'Ændret siden', { conflicts: [conflict] }), danish)).toEqual({
      message: expect.stringContaining('fordi elementer er ændret siden: Ændret siden.'),
      conflicts: [conflict],
    });
  });

  it('says what a 400 says (errors, an unconfirmed change), with no conflicts', () => {
    expect(applyRefusal(refused(400, 'Bekræft ændringen af ane@uvm.dk'), danish)).toEqual({
      message: 'Ændringerne blev ikke anvendt: Bekræft ændringen af ane@uvm.dk',
      conflicts: [],
    });
  });

  it('says that an expired preview (410) must be uploaded again', () => {
    expect(applyRefusal(refused(410, 'Udløbet'), danish).message).toBe(
      'Ændringerne blev ikke anvendt, fordi de er for gamle: Udløbet. Indlæs regnearket igen.',
    );
  });
});
