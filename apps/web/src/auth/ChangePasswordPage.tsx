import { Card, CardContent, Stack } from '@mui/material';
import {
  Form,
  PasswordInput,
  required,
  SaveButton,
  Title,
  useNavigate,
  useNotify,
} from 'react-admin';
import { api } from '../api/endpoints';
import { NewPasswordInputs, usePasswordSubmit } from './passwords';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

const send = ({ currentPassword, newPassword }: PasswordChange) =>
  api.accounts.changePassword({ currentPassword, newPassword });

/** The signed-in person's own password: the current one, then the new one twice. */
export const ChangePasswordPage = () => {
  const notify = useNotify();
  const navigate = useNavigate();
  const submit = usePasswordSubmit(send, () => {
    notify('pejling.password.changed', { type: 'success' });
    navigate('/');
  });
  return (
    <Card sx={{ mt: 2, maxWidth: 480 }}>
      <Title title="pejling.password.change" />
      <CardContent>
        <Form<PasswordChange> onSubmit={submit} noValidate>
          <Stack>
            <PasswordInput
              source="currentPassword"
              label="pejling.password.current"
              autoComplete="current-password"
              validate={required()}
            />
            <NewPasswordInputs source="newPassword" />
            <div>
              <SaveButton label="pejling.password.change" />
            </div>
          </Stack>
        </Form>
      </CardContent>
    </Card>
  );
};
