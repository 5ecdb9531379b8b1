import { Alert, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useShell } from '../shell/shell';
import { SignInError } from './session';

/** Why a link from an e-mail did not sign the person in: an i18n key and its arguments. */
export interface LinkFailure {
  error: string;
  args?: Record<string, unknown>;
}

export const linkFailureOf = (failure: unknown): LinkFailure =>
  failure instanceof SignInError
    ? { error: failure.message, args: failure.args }
    : { error: 'pejling.link.failed' };

/**
 * What the page a link from an e-mail leads to says while it signs the person in, or why
 * it could not, with the way to the sign-in page. In the app's page and the owner's frame's.
 */
export const LinkSignInState = ({
  failure,
  onToSignIn,
}: {
  failure: LinkFailure | undefined;
  onToSignIn: () => void;
}) => {
  const { translate } = useShell();
  return failure ? (
    <Stack spacing={2}>
      <Alert severity="error">{translate(failure.error, failure.args)}</Alert>
      <Button variant="contained" fullWidth onClick={onToSignIn}>
        {translate('pejling.password.to_sign_in')}
      </Button>
    </Stack>
  ) : (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} role="status">
      <CircularProgress size={24} />
      <Typography>{translate('pejling.link.signing_in')}</Typography>
    </Stack>
  );
};
