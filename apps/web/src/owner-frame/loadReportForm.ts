/** The report form's code (FramedReport.tsx, a chunk of its own), loaded once. */
export const loadReportForm = () => import('./FramedReport');
