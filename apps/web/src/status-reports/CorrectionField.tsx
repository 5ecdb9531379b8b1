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

/**
 * In a list of reports: "corrects the report of …", "replaced by the report of …", the
 * reports named by links unless `link` is false.
 */
export const CorrectionField = ({ link = true }: FieldProps & { link?: boolean }) => {
  const report = useRecordContext<StatusReportRecord>();
  const supersession = useContext(Supersession);
  if (!report) return null;
  return <CorrectionNote report={report} supersededBy={supersession.get(report.id)} link={link} />;
};
