/** Comments have no pages of their own: they are a section of the initiative's page. */
export { InitiativeComments } from './InitiativeComments';
