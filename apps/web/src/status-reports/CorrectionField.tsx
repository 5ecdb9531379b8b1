import { createContext, useContext, type ReactNode } from 'react';
import { useListContext, useRecordContext, type FieldProps, type Identifier } from 'react-admin';
import type { StatusReportRecord } from '@pejling/contracts';
import { CorrectionNote } from './CorrectionNote';
import { useSupersession } from './useSupersession';

const Supersession = createContext<Map<Identifier, Identifier>>(new Map());

/** For a list of reports: which of those shown a later report corrects, asked once. */
export const ListSupersession = ({ children }: { children: ReactNode }) => {
  const { data } = useListContext<StatusReportRecord>();
  return <Supersession.Provider value={useSupersession(data)}>{children}</Supersession.Provider>;
};

/** In a list of reports: "corrects report #…", "replaced by report #…". */
export const CorrectionField = (_props: FieldProps) => {
  const report = useRecordContext<StatusReportRecord>();
  const supersession = useContext(Supersession);
  if (!report) return null;
  return <CorrectionNote report={report} supersededBy={supersession.get(report.id)} />;
};
