import PDFParser from 'pdf2json';

/** The text of each page, as someone copying it out of the PDF gets it (runs on a line joined). */
export async function pageTexts(pdf: Buffer): Promise<string[]> {
  const parser = new PDFParser(null, true);
  const text = await new Promise<string>((resolve, reject) => {
    parser.on('pdfParser_dataError', (error) =>
      reject(error instanceof Error ? error : error.parserError),
    );
    parser.on('pdfParser_dataReady', () => resolve(parser.getRawTextContent()));
    parser.parseBuffer(pdf, -1); // -1: no warnings on the console
  });
  parser.destroy();
  // Every page, the last one too, ends with a "----Page (n) Break----" line.
  return text
    .split(/-+Page \(\d+\) Break-+/)
    .slice(0, -1)
    .map((page) => page.replace(/\r\n/g, '\n').replace(/\u00a0/g, ' '));
}
