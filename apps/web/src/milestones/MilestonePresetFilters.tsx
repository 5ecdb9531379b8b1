import CheckIcon from '@mui/icons-material/Check';
import { Stack, ToggleButton, Typography } from '@mui/material';
import { useListFilterContext, useTranslate } from 'react-admin';
import { useMe } from '../auth/useMe';
import { TOUCH_TARGET } from '../common/touchTarget';
import { useAppInfo } from '../common/useAppInfo';
import { dueSoonPreset, type Filter, presetIsOn, togglePreset } from './presetFilters';

/**
 * One ready-made filter, on or off with a click, Enter or Space. On, it sets its fields
 * and keeps the others; off, it removes its fields. Its state is announced
 * (`aria-pressed`) and shown by a tick, not by colour alone.
 */
const PresetFilter = ({ label, preset }: { label: string; preset: Filter }) => {
  const translate = useTranslate();
  const { filterValues, setFilters } = useListFilterContext();
  const on = presetIsOn(filterValues, preset);
  const toggle = () => setFilters(togglePreset(filterValues, preset));
  return (
    <ToggleButton
      value={label}
      selected={on}
      onChange={toggle}
      size="small"
      color="primary"
      sx={TOUCH_TARGET}
    >
      {on && <CheckIcon fontSize="small" sx={{ mr: 0.5 }} aria-hidden />}
      {translate(label)}
    </ToggleButton>
  );
};

/**
 * The milestone list's ready-made filters: overdue, due within 30 days of the server's
 * today (not the browser's: a demo runs on a fixed date), and the person's own. A person's
 * own saved filters are in the filter button's menu.
 */
export const MilestonePresetFilters = () => {
  const translate = useTranslate();
  const me = useMe();
  const info = useAppInfo();
  const label = translate('pejling.milestoneFilters.label');
  return (
    <Stack
      role="group"
      aria-label={label}
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ px: 2, py: 1, alignItems: 'center', flexWrap: 'wrap' }}
    >
      <Typography variant="body2" color="text.secondary" aria-hidden>
        {label}:
      </Typography>
      <PresetFilter label="pejling.milestoneFilters.overdue" preset={{ overdue: true }} />
      <PresetFilter label="pejling.milestoneFilters.moved" preset={{ moved: true }} />
      {info && (
        <PresetFilter
          label="pejling.milestoneFilters.due_soon"
          preset={dueSoonPreset(info.today)}
        />
      )}
      {me && (
        <PresetFilter
          label="pejling.milestoneFilters.mine"
          preset={{ responsiblePersonId: me.person.id }}
        />
      )}
    </Stack>
  );
};
