import { Box } from '@mui/material';
import {
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { reminderKindChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { InstantField } from '../common/InstantField';
import { ShowLinkField } from '../common/ShowLinkField';
import { RuleSentenceField } from '../reminder-rules/RuleSentenceField';
import { AboutField } from './AboutField';
import { DeliveryMessageView } from './DeliveryMessageView';
import { DeliveryStateField } from './DeliveryStateField';
import { RecipientField } from './RecipientField';
import { ResendButton } from './ResendButton';

const empty = '—';

/**
 * One delivery in full: the rule behind it, the attempts, why it is not sent (or the
 * message id), and the e-mail it went out in.
 */
export const ReminderDeliveryShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ResendButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <DayField source="day" />
      <DeliveryStateField source="status" explained />
      <RecipientField source="recipientName" />
      <AboutField source="about" />
      <ShowLinkField source="initiativeCode" reference="initiatives" idSource="initiativeId" />
      <SelectField source="kind" choices={reminderKindChoices} />
      <ReferenceField source="ruleId" reference="reminder-rules" link="show">
        <RuleSentenceField source="rule" />
      </ReferenceField>
      <NumberField source="attempts" />
      <InstantField source="sentAt" emptyText={empty} />
      <TextField source="messageId" emptyText={empty} />
      <InstantField source="createdAt" />
    </SimpleShowLayout>
    <Box sx={{ px: 2, pb: 2 }}>
      <DeliveryMessageView />
    </Box>
  </Show>
);
