import { Stack, Typography } from '@mui/material';
import type { RoundReport } from '@pejling/contracts';
import { formatDay } from '../../common/format';
import { useIntlLocale } from '../../common/useIntlLocale';
import { usePageTranslate } from '../../i18n/pageMessages';
import { roundReportMessages } from './messages';
import { ReportTable } from './ReportTable';

/** The steering group's decisions, then its action items: who, by when, on what. */
export const OutcomesPart = ({ report }: { report: RoundReport }) => {
  const translate = usePageTranslate(roundReportMessages);
  const locale = useIntlLocale();
  const codes = new Map(
    report.focusAreas.flatMap((area) => area.initiatives).map((i) => [i.id, i.code]),
  );
  const decisions = report.outcomes.filter((outcome) => outcome.kind === 'decision');
  const actions = report.outcomes.filter((outcome) => outcome.kind === 'action');
  return (
    <Stack spacing={2} component="section" className="report-page-break">
      <Typography variant="h5" component="h2">
        {translate('pejling.round.section.outcomes')}
      </Typography>
      <Typography variant="h6" component="h3">
        {translate('pejling.roundReport.decisions')}
      </Typography>
      {decisions.length ? (
        <Stack component="ol" spacing={0.5} sx={{ pl: 3, m: 0 }}>
          {decisions.map((decision) => (
            <Typography
              key={decision.id}
              component="li"
              variant="body2"
              sx={{ whiteSpace: 'pre-line' }}
            >
              {decision.text}
            </Typography>
          ))}
        </Stack>
      ) : (
        <Typography variant="body2">{translate('pejling.roundReport.no_decisions')}</Typography>
      )}
      <Typography variant="h6" component="h3">
        {translate('pejling.roundReport.actions')}
      </Typography>
      {actions.length ? (
        <ReportTable
          label={translate('pejling.roundReport.actions')}
          head={[
            translate('resources.round-outcomes.fields.text'),
            translate('resources.round-outcomes.fields.responsiblePersonId'),
            translate('resources.round-outcomes.fields.dueDate'),
            translate('resources.round-outcomes.fields.initiativeId'),
          ]}
          rows={actions.map((action) => ({
            key: action.id,
            cells: [
              action.text,
              action.responsibleName ?? '—',
              action.dueDate ? formatDay(action.dueDate, locale) : '—',
              action.initiativeId != null ? (codes.get(action.initiativeId) ?? '—') : '—',
            ],
          }))}
        />
      ) : (
        <Typography variant="body2">{translate('pejling.roundReport.no_actions')}</Typography>
      )}
    </Stack>
  );
};
