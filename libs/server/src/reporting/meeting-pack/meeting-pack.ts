import type { Language, RoundReport } from '@pejling/contracts';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { oneLine } from '../../core/i18n/phrasing';
import { focusAreaSection } from './focus-area-section';
import { outcomesSection } from './outcomes-section';
import { DEFAULT_STYLE, FONT_FILES, FONTS, PAGE_MARGINS, STYLES } from './page-style';
import { PHRASES, type Phrases } from './phrases';
import { summaryPage } from './summary-page';

/**
 * A round's report as the steering group's meeting pack: an A4 PDF with a summary page, a
 * section per focus area (each from a new page) and the decisions and action items, in the
 * given language. The report's own text (titles, summaries, names) is shown as given.
 */
export async function renderMeetingPack(report: RoundReport, language: Language): Promise<Buffer> {
  // Loaded with the first meeting pack: with its fonts' libraries it adds about 25 MB to a
  // process that has not made one (`npm run bench`, memory).
  const { default: pdfmake } = await import('pdfmake');
  const p = PHRASES[language] ?? PHRASES.da;
  pdfmake.setFonts(FONTS);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => FONT_FILES.includes(path));
  return pdfmake.createPdf(meetingPack(report, p, language)).getBuffer();
}

function meetingPack(report: RoundReport, p: Phrases, language: Language): TDocumentDefinitions {
  const roundTitle = oneLine(report.round.title);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    language,
    info: {
      title: `${p.documentKind}: ${roundTitle}`,
      subject: report.strategy.name,
      creator: 'Pejling',
    },
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    footer: (page, pages) => ({
      margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
      columns: [
        { text: roundTitle, style: 'footer' },
        { text: p.page(page, pages), style: 'footer', alignment: 'right', width: 'auto' },
      ],
    }),
    content: [
      summaryPage(report, p),
      report.focusAreas.map((area) => focusAreaSection(area, p)),
      report.outcomes.length > 0 ? outcomesSection(report.outcomes, p) : [],
    ],
  };
}
