/**
 * Whether measurement `alias` counts: only approved values do, everywhere (charts, the
 * dashboard, assessments, the meeting pack, the regional view).
 */
export const approvedMeasurementSql = (alias: string) => `${alias}.state = 'approved'`;
