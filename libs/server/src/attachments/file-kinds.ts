/** A kind of file Pejling takes: what it is served as, and the extensions its name may end in. */
export interface FileKind {
  contentType: string;
  /** Lower case; the first is the usual one. */
  extensions: readonly string[];
}

const OOXML = 'application/vnd.openxmlformats-officedocument';
const ODF = 'application/vnd.oasis.opendocument';

export const FILE_KINDS = {
  pdf: { contentType: 'application/pdf', extensions: ['.pdf'] },
  png: { contentType: 'image/png', extensions: ['.png'] },
  jpeg: { contentType: 'image/jpeg', extensions: ['.jpg', '.jpeg'] },
  docx: { contentType: `${OOXML}.wordprocessingml.document`, extensions: ['.docx'] },
  xlsx: { contentType: `${OOXML}.spreadsheetml.sheet`, extensions: ['.xlsx'] },
  pptx: { contentType: `${OOXML}.presentationml.presentation`, extensions: ['.pptx'] },
  odt: { contentType: `${ODF}.text`, extensions: ['.odt'] },
  ods: { contentType: `${ODF}.spreadsheet`, extensions: ['.ods'] },
  odp: { contentType: `${ODF}.presentation`, extensions: ['.odp'] },
  text: { contentType: 'text/plain; charset=utf-8', extensions: ['.txt', '.csv'] },
  csv: { contentType: 'text/csv; charset=utf-8', extensions: ['.csv', '.txt'] },
} as const satisfies Record<string, FileKind>;

/** The OOXML kinds by the content type of their main part in `[Content_Types].xml`. */
export const OOXML_MAIN_PARTS: Record<string, FileKind> = {
  [`${OOXML}.wordprocessingml.document.main+xml`]: FILE_KINDS.docx,
  [`${OOXML}.spreadsheetml.sheet.main+xml`]: FILE_KINDS.xlsx,
  [`${OOXML}.presentationml.presentation.main+xml`]: FILE_KINDS.pptx,
};

/** The OpenDocument kinds by their `mimetype` entry. */
export const ODF_MIMETYPES: Record<string, FileKind> = {
  [FILE_KINDS.odt.contentType]: FILE_KINDS.odt,
  [FILE_KINDS.ods.contentType]: FILE_KINDS.ods,
  [FILE_KINDS.odp.contentType]: FILE_KINDS.odp,
};

/** What Pejling takes, for the refusals' messages. */
export const ACCEPTED =
  'Pejling takes PDF, Word, Excel and PowerPoint files (docx, xlsx, pptx) and OpenDocument files (odt, ods, odp) without macros, PNG and JPEG images, and text or CSV in UTF-8';
