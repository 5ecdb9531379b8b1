import { Box, Typography } from '@mui/material';
import type { IsoDate } from '@pejling/contracts';
import type { Translate } from '../i18n/types';
import { formatDay } from './format';
import { useIntlLocale } from './useIntlLocale';

interface StrategyView {
  strategyName: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  today: IsoDate;
}

/**
 * A whole-plan view's heading: the strategy's name, its period and today's date (the
 * clock's). `messages` is where the view keeps its `period` and `today` texts, and
 * `translate` the view's, which has them (the timeline keeps its messages beside it).
 */
export const StrategyHeading = ({
  view,
  level,
  messages,
  translate,
}: {
  view: StrategyView;
  level: 'h1' | 'h2';
  messages: 'pejling.dashboard' | 'pejling.timeline';
  translate: Translate;
}) => {
  const locale = useIntlLocale();
  return (
    <Box>
      <Typography variant={level === 'h1' ? 'h5' : 'h6'} component={level}>
        {view.strategyName}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(`${messages}.period`, {
          start: formatDay(view.periodStart, locale),
          end: formatDay(view.periodEnd, locale),
        })}
        {' · '}
        {translate(`${messages}.today`, { date: formatDay(view.today, locale) })}
      </Typography>
    </Box>
  );
};
