import type { FieldProps } from 'react-admin';
import { ShowLinkField } from '../common/ShowLinkField';

/**
 * What a reminder is about, as a link: a milestone, or, for a reporting round's reminder,
 * the round (the initiative is said beside it).
 */
export const AboutField = (_props: FieldProps) => (
  <>
    <ShowLinkField source="milestoneTitle" reference="milestones" idSource="milestoneId" />
    <ShowLinkField source="roundTitle" reference="reporting-rounds" idSource="roundId" />
  </>
);
