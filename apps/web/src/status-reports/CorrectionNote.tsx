import type { MouseEvent } from 'react';
import {
  Link,
  useCreatePath,
  useGetManyAggregate,
  useGetRecordRepresentation,
  useTranslate,
  type Identifier,
} from 'react-admin';
import type { StatusReportRecord } from '@pejling/contracts';
import { CorrectionLines } from './CorrectionLines';

/**
 * A link to another report, named by its date ("rapporten fra 1. juni 2017"); only the
 * name where `link` is false. The reports a list's rows name are read together, in one
 * request.
 */
const ReportLink = ({ id, link }: { id: Identifier; link: boolean }) => {
  const createPath = useCreatePath();
  const translate = useTranslate();
  const name = useGetRecordRepresentation('status-reports');
  const { data } = useGetManyAggregate('status-reports', { ids: [id] });
  const report = data?.[0];
  const text = report
    ? translate('pejling.statusReport.report_of', { name: name(report) })
    : translate('pejling.statusReport.a_report');
  return link ? (
    <Link
      to={createPath({ resource: 'status-reports', id, type: 'show' })}
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {text}
    </Link>
  ) : (
    text
  );
};

/**
 * How a report stands among corrections: that it corrects an earlier report, and that a
 * later one has replaced it (`supersededBy`), each report named by a link (by its name
 * alone with `link={false}`, inside a link). Nothing when neither.
 */
export const CorrectionNote = ({
  report,
  supersededBy,
  link = true,
}: {
  report: Pick<StatusReportRecord, 'supersedesId'>;
  supersededBy?: Identifier;
  link?: boolean;
}) => (
  <CorrectionLines
    corrects={report.supersedesId != null && <ReportLink id={report.supersedesId} link={link} />}
    supersededBy={supersededBy != null && <ReportLink id={supersededBy} link={link} />}
  />
);
