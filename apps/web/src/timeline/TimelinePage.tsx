import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Alert,
  Box,
  Button,
  Card,
  IconButton,
  Stack,
  type SxProps,
  type Theme,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { Loading, Title } from 'react-admin';
import type { Timeline } from '@pejling/contracts';
import { formatDay } from '../common/format';
import { StrategyHeading } from '../common/StrategyHeading';
import {
  StrategyPicker,
  useForgetUnknownStrategy,
  useStrategyChoice,
} from '../common/StrategyPicker';
import { useIntlLocale } from '../common/useIntlLocale';
import { usePageTranslate } from '../i18n/pageMessages';
import { TimelineLegend } from './TimelineLegend';
import { FocusAreaRows, GRID_STYLES, ROW_STYLES, TrackGrid } from './TimelineRows';
import { MarkerTooltip, useMarkerTooltip } from './MarkerTooltip';
import { timelineMessages } from './messages';
import { useTimeline } from './useTimeline';
import {
  type Zoom,
  edge,
  monthTicks,
  position,
  windowIndexOf,
  windowsOf,
  within,
} from './timelineScale';

/** Above this many initiatives, the focus areas start folded: open the one you need. */
const FOLD_ABOVE = 150;

export const TimelinePage = () => {
  const translate = usePageTranslate(timelineMessages);
  const [strategyId] = useStrategyChoice();
  const { data, error, isPending } = useTimeline(strategyId);
  useForgetUnknownStrategy(error);
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('pejling.timeline.title')} />
      {isPending ? (
        <Loading />
      ) : error || !data ? (
        <Alert severity="error">{translate('pejling.timeline.error')}</Alert>
      ) : (
        <TimelineView timeline={data} />
      )}
    </Box>
  );
};

const TimelineView = ({ timeline }: { timeline: Timeline }) => {
  const translate = usePageTranslate(timelineMessages);
  const locale = useIntlLocale();
  const [zoom, setZoom] = useState<Zoom>('all');
  const windows = useMemo(
    () => windowsOf(zoom, timeline.periodStart, timeline.periodEnd),
    [zoom, timeline.periodStart, timeline.periodEnd],
  );
  const [index, setIndex] = useState(0);
  useEffect(() => setIndex(windowIndexOf(windows, timeline.today)), [windows, timeline.today]);
  const window = windows[Math.min(index, windows.length - 1)];

  const total = timeline.focusAreas.reduce((n, area) => n + area.initiatives.length, 0);
  const [folded, setFolded] = useState<Set<number>>(
    () => new Set(total > FOLD_ABOVE ? timeline.focusAreas.map((a) => a.id) : []),
  );
  const toggle = (id: number) =>
    setFolded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const windowLabel =
    zoom === 'all'
      ? `${formatDay(window.start, locale)} – ${formatDay(window.end, locale)}`
      : zoom === 'year'
        ? window.start.slice(0, 4)
        : translate('pejling.timeline.quarter_of', {
            quarter: Math.floor(Number(window.start.slice(5, 7)) / 3) + 1,
            year: window.start.slice(0, 4),
          });

  const ticks = monthTicks(window);
  const tickFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short' });
  const showTick = (day: string) =>
    zoom !== 'all' || ['01', '04', '07', '10'].includes(day.slice(5, 7));
  const todayShown = within(timeline.today, window);
  const tooltip = useMarkerTooltip();

  return (
    <Card sx={{ p: { xs: 1, md: 2 } }}>
      <Stack
        direction="row"
        sx={{
          flexWrap: 'wrap',
          gap: 2,
          alignItems: 'center',
          justifyContent: 'space-between',
          mb: 1,
        }}
      >
        <StrategyHeading
          view={timeline}
          level="h2"
          messages="pejling.timeline"
          translate={translate}
        />
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <StrategyPicker shown={timeline.strategyId} />
          <ToggleButtonGroup
            size="small"
            exclusive
            value={zoom}
            onChange={(_, value: Zoom | null) => value && setZoom(value)}
            aria-label={translate('pejling.timeline.zoom')}
          >
            <ToggleButton value="all">{translate('pejling.timeline.zoom_all')}</ToggleButton>
            <ToggleButton value="year">{translate('pejling.timeline.zoom_year')}</ToggleButton>
            <ToggleButton value="quarter">
              {translate('pejling.timeline.zoom_quarter')}
            </ToggleButton>
          </ToggleButtonGroup>
          <IconButton
            aria-label={translate('pejling.timeline.previous')}
            disabled={index <= 0}
            onClick={() => setIndex((i) => Math.max(0, i - 1))}
          >
            <ChevronLeftIcon />
          </IconButton>
          <Typography
            aria-live="polite"
            data-testid="timeline-window"
            sx={{ minWidth: 120, textAlign: 'center', fontWeight: 500 }}
          >
            {windowLabel}
          </Typography>
          <IconButton
            aria-label={translate('pejling.timeline.next')}
            disabled={index >= windows.length - 1}
            onClick={() => setIndex((i) => Math.min(windows.length - 1, i + 1))}
          >
            <ChevronRightIcon />
          </IconButton>
        </Stack>
      </Stack>
      <Stack
        direction="row"
        sx={{
          justifyContent: 'space-between',
          alignItems: 'center',
          mb: 1,
          gap: 1,
          flexWrap: 'wrap',
        }}
      >
        <TimelineLegend />
        <Stack direction="row" sx={{ gap: 1 }}>
          <Button size="small" startIcon={<ExpandMoreIcon />} onClick={() => setFolded(new Set())}>
            {translate('pejling.timeline.expand_all')}
          </Button>
          <Button
            size="small"
            startIcon={<ExpandLessIcon />}
            onClick={() => setFolded(new Set(timeline.focusAreas.map((a) => a.id)))}
          >
            {translate('pejling.timeline.collapse_all')}
          </Button>
        </Stack>
      </Stack>

      <Box
        role="region"
        aria-label={translate('pejling.timeline.title')}
        data-testid="timeline"
        sx={[GRID_STYLES, ROW_STYLES] as SxProps<Theme>}
        {...tooltip.handlers}
      >
        {/* The time axis */}
        <TrackGrid
          sx={{
            position: 'sticky',
            top: 48,
            zIndex: 2,
            bgcolor: 'background.paper',
            borderBottom: 1,
            borderColor: 'divider',
          }}
          label={
            <Typography variant="caption" color="text.secondary" sx={{ px: 1 }}>
              {translate('pejling.timeline.initiative')}
            </Typography>
          }
        >
          <Box sx={{ position: 'relative', height: 40 }} aria-hidden>
            {ticks.map((day) => (
              <Box
                key={day}
                sx={{
                  position: 'absolute',
                  left: `${edge(day, window)}%`,
                  top: 0,
                  bottom: 0,
                  borderLeft: 1,
                  borderColor: day.slice(5, 7) === '01' ? 'text.secondary' : 'divider',
                }}
              >
                {showTick(day) ? (
                  <Typography
                    variant="caption"
                    sx={{
                      pl: 0.5,
                      whiteSpace: 'nowrap',
                      lineHeight: 1.2,
                      // Over the whole period a tablet has room for the years, not the quarters.
                      display:
                        zoom === 'all' && day.slice(5, 7) !== '01'
                          ? { xs: 'none', lg: 'block' }
                          : 'block',
                    }}
                  >
                    {tickFormat.format(new Date(`${day}T00:00:00Z`))}
                    {day.slice(5, 7) === '01' || zoom === 'quarter' ? (
                      <Box component="span" sx={{ display: 'block', fontWeight: 600 }}>
                        {day.slice(0, 4)}
                      </Box>
                    ) : null}
                  </Typography>
                ) : null}
              </Box>
            ))}
            {todayShown ? (
              <Typography
                variant="caption"
                sx={{
                  position: 'absolute',
                  left: `${position(timeline.today, window)}%`,
                  bottom: 0,
                  transform: 'translateX(-50%)',
                  bgcolor: 'error.main',
                  color: 'error.contrastText',
                  px: 0.5,
                  borderRadius: 1,
                  whiteSpace: 'nowrap',
                }}
              >
                {translate('pejling.timeline.today_marker')}
              </Typography>
            ) : null}
          </Box>
        </TrackGrid>
        {timeline.focusAreas.map((area) => (
          <FocusAreaRows
            key={area.id}
            area={area}
            window={window}
            today={timeline.today}
            folded={folded.has(area.id)}
            onToggle={toggle}
          />
        ))}
        <MarkerTooltip anchor={tooltip.anchor} />
        {todayShown ? null : (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('pejling.timeline.today_outside')}
          </Typography>
        )}
      </Box>
    </Card>
  );
};
