import { useState, type ReactElement } from 'react';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Alert, DialogContentText, Stack } from '@mui/material';
import {
  Button,
  Confirm,
  EditButton,
  TopToolbar,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ReportingRoundRecord, RoundState } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { useMe } from '../auth/useMe';
import { useServerAction } from '../common/useServerAction';
import { isOutstanding } from './roundFigures';
import { useRoundFigures } from './useRoundQueries';

type Step = 'open' | 'close' | 'review';

const STEPS: Record<Step, { from: RoundState; icon: ReactElement; confirm: boolean }> = {
  open: { from: 'draft', icon: <LockOpenIcon />, confirm: true },
  close: { from: 'open', icon: <LockIcon />, confirm: true },
  review: { from: 'closed', icon: <TaskAltIcon />, confirm: false },
};

/**
 * What closing a round will freeze, said before it cannot be undone: how many initiatives
 * have submitted, only drafted or not reported at all, as the round stands now.
 */
const CloseContent = ({ round }: { round: ReportingRoundRecord }) => {
  const translate = useTranslate();
  const unanswered = round.drafts + round.missing;
  return (
    <Stack spacing={2}>
      <DialogContentText sx={{ fontWeight: 500 }}>
        {translate('pejling.round.close_counts', {
          submitted: round.submitted,
          drafts: round.drafts,
          missing: round.missing,
          smart_count: round.initiativeIds.length,
        })}
      </DialogContentText>
      {unanswered > 0 && (
        <Alert severity="warning">
          {translate('pejling.round.close_unanswered', { smart_count: unanswered })}
        </Alert>
      )}
      <DialogContentText>{translate('pejling.round.close_content')}</DialogContentText>
    </Stack>
  );
};

/**
 * One step of a round's life, for whom `Me.operations` allows it and only from the state
 * it starts from: opening a draft and closing an open round (the secretariat), each after
 * a dialog that says what follows (the counts a closing freezes read afresh as it opens);
 * marking a closed round reviewed (the steering group).
 */
const StepButton = ({ step }: { step: Step }) => {
  const round = useRecordContext<ReportingRoundRecord>();
  const me = useMe();
  const { canAccess } = useCanAccess({ resource: 'reporting-rounds', action: step });
  const notify = useNotify();
  const refresh = useRefresh();
  const { pending, run } = useServerAction(api.rounds[step], () => {
    notify(`pejling.round.${step}_done`, { type: 'success' });
    refresh();
  });
  const [asking, setAsking] = useState(false);
  const { from, icon, confirm } = STEPS[step];
  if (!round || !canAccess || round.state !== from) return null;
  if (step === 'review' && round.reviewedBy.some((r) => r.personId === me?.person.id)) {
    return null;
  }

  const go = () => run(round.id);
  return (
    <>
      <Button
        label={`pejling.round.${step}`}
        variant={step === 'review' ? 'text' : 'contained'}
        disabled={pending}
        onClick={() => {
          if (!confirm) return go();
          // The round's answers may have moved since the page was read.
          if (step === 'close') refresh();
          setAsking(true);
        }}
      >
        {icon}
      </Button>
      {confirm && (
        <Confirm
          isOpen={asking}
          title={`pejling.round.${step}_title`}
          content={
            step === 'close' ? <CloseContent round={round} /> : `pejling.round.${step}_content`
          }
          confirmColor={step === 'close' ? 'warning' : 'primary'}
          translateOptions={{ title: round.title, smart_count: round.initiativeIds.length }}
          confirm={`pejling.round.${step}`}
          onConfirm={() => {
            setAsking(false);
            go();
          }}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
};

/**
 * Asks the owners who have not reported yet, and the data owners whose figures the round
 * still waits for, now, rather than on the reminder rules' days (the secretariat, while
 * the round is open). Whoever was asked today already is not asked twice.
 */
const RemindButton = () => {
  const round = useRecordContext<ReportingRoundRecord>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'reporting-rounds', action: 'remind' });
  const asksFigures = round?.state === 'open' && round.figuresYear != null;
  const { data: figures } = useRoundFigures(round?.id, asksFigures && canAccess === true);
  const figuresMissing = (figures ?? []).filter(isOutstanding).length;
  const notify = useNotify();
  const refresh = useRefresh();
  const { pending, run: remind } = useServerAction(api.rounds.remind, ({ recorded, mail }) => {
    const outbox = mail === 'outbox';
    notify(
      !recorded
        ? 'pejling.round.reminded_none'
        : outbox
          ? 'pejling.round.reminded_outbox'
          : 'pejling.round.reminded',
      {
        type: !recorded ? 'info' : outbox ? 'warning' : 'success',
        messageArgs: { smart_count: recorded },
      },
    );
    refresh();
  });
  const [asking, setAsking] = useState(false);
  if (!round || !canAccess || round.state !== 'open') return null;
  const missing = round.missing + round.drafts;
  return (
    <>
      <Button
        label="pejling.round.remind"
        disabled={pending || missing + figuresMissing === 0}
        onClick={() => setAsking(true)}
      >
        <NotificationsActiveIcon />
      </Button>
      <Confirm
        isOpen={asking}
        title="pejling.round.remind_title"
        content={
          <Stack spacing={1}>
            {missing > 0 && (
              <DialogContentText>
                {translate('pejling.round.remind_content', { smart_count: missing })}
              </DialogContentText>
            )}
            {figuresMissing > 0 && (
              <DialogContentText>
                {translate('pejling.round.remind_figures', { smart_count: figuresMissing })}
              </DialogContentText>
            )}
          </Stack>
        }
        confirm="pejling.round.remind"
        onConfirm={() => {
          setAsking(false);
          remind(round.id);
        }}
        onClose={() => setAsking(false)}
      />
    </>
  );
};

/**
 * The round's toolbar: edit (while the round is not closed), open, remind those missing,
 * close, review. The
 * state is checked here as well as in `canAccess`: react-admin keeps an access answer per
 * record id, and it must not outlive the round's closing.
 */
export const RoundActions = () => {
  const round = useRecordContext<ReportingRoundRecord>();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {round && round.state !== 'closed' && <EditButton />}
      <StepButton step="open" />
      <RemindButton />
      <StepButton step="close" />
      <StepButton step="review" />
    </TopToolbar>
  );
};
