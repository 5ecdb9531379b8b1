import { Alert, Button, Stack } from '@mui/material';
import { Link } from 'react-admin';
import type { MissingContact } from '@pejling/contracts';
import { usePageTranslate } from '../i18n/pageMessages';
import { runMessages } from './messages';

/**
 * The lead organisations without a contact person that the day's escalations would tell,
 * and who is told instead, each with a way to the organisation to give it one.
 */
export const MissingContacts = ({ missing }: { missing: MissingContact[] }) => {
  const translate = usePageTranslate(runMessages);
  if (!missing.length) return null;
  return (
    <Stack spacing={1}>
      {missing.map((m) => (
        <Alert
          key={m.organisationId ?? 'none'}
          severity="warning"
          action={
            m.organisationId !== null && (
              <Button component={Link} to={`/organisations/${m.organisationId}`} size="small">
                {translate('pejling.run.set_contact')}
              </Button>
            )
          }
        >
          {m.organisationId === null
            ? translate('pejling.run.missing_lead', { names: m.standIns.join(', ') })
            : translate('pejling.run.missing_contact', {
                organisation: m.organisationName,
                names: m.standIns.join(', '),
              })}
        </Alert>
      ))}
    </Stack>
  );
};
