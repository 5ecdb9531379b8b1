import { formatFileSize, type RoundReportStatusReport } from '@pejling/contracts';
import type { Content } from 'pdfmake/interfaces';
import { oneLine } from '../../core/i18n/phrasing';
import type { Phrases } from './phrases';

/** Files listed with their heading on one page; more flow on after a page break. */
const KEPT_WITH_HEADING = 5;

/**
 * The files attached to a status report, by name and size, under a heading; nothing for a
 * report without files. (A `Part` of the report, as `statusReport` has them.)
 */
export function reportAttachments(
  report: RoundReportStatusReport,
  p: Phrases,
): { keep: Content[]; flow: Content[] }[] {
  const files = (report.attachments ?? []).map(
    (file) => `${oneLine(file.fileName)} (${formatFileSize(file.size, p.locale)})`,
  );
  if (!files.length) return [];
  const rest = files.slice(KEPT_WITH_HEADING);
  return [
    {
      keep: [
        { text: p.attachments, style: 'subheading' },
        { ul: files.slice(0, KEPT_WITH_HEADING) },
      ],
      flow: rest.length ? [{ ul: rest }] : [],
    },
  ];
}
