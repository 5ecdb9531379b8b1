import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { HEALTHS } from '@pejling/contracts';
import { usePageTranslate } from '../i18n/pageMessages';
import { HealthMark } from './HealthMark';
import { timelineMessages } from './messages';
import { MARKER_KINDS, MARKER_STYLES } from './statusStyle';

/** One group of the legend: its name, then each mark and what it means. */
const Group = ({ name, items }: { name: string; items: [string, ReactNode, string][] }) => (
  <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
    <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
      {name}:
    </Typography>
    <Stack
      component="ul"
      direction="row"
      aria-label={name}
      sx={{ listStyle: 'none', m: 0, p: 0, gap: 2, flexWrap: 'wrap', alignItems: 'center' }}
    >
      {items.map(([key, mark, text]) => (
        <Box component="li" key={key} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          {mark}
          <Typography variant="body2">{text}</Typography>
        </Box>
      ))}
    </Stack>
  </Stack>
);

/**
 * What the marks mean: an initiative's traffic light, each milestone marker's shape and
 * colour, and the line at today.
 */
export const TimelineLegend = () => {
  const translate = usePageTranslate(timelineMessages);
  return (
    <Stack spacing={1} aria-label={translate('pejling.timeline.legend')} role="group">
      <Group
        name={translate('pejling.timeline.legend_health')}
        items={[...HEALTHS, null].map((health) => [
          health ?? 'none',
          <Box key="mark" aria-hidden sx={{ display: 'flex' }}>
            <HealthMark health={health} translate={translate} />
          </Box>,
          translate(`pejling.health.${health ?? 'none'}`),
        ])}
      />
      <Group
        name={translate('pejling.timeline.legend_milestones')}
        items={[
          ...MARKER_KINDS.map((kind): [string, ReactNode, string] => {
            const { Icon, color } = MARKER_STYLES[kind];
            return [
              kind,
              <Icon key="mark" sx={{ color, fontSize: 20 }} aria-hidden />,
              kind === 'overdue'
                ? translate('pejling.overdue.yes')
                : translate(`pejling.milestoneStatus.${kind}`),
            ];
          }),
          [
            'today',
            <Box
              key="mark"
              aria-hidden
              sx={{ width: 0, height: 18, borderLeft: 2, borderColor: 'error.main' }}
            />,
            translate('pejling.timeline.today_marker'),
          ],
        ]}
      />
    </Stack>
  );
};
