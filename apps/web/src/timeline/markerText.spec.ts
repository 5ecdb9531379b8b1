import type { TimelineMilestone } from '@pejling/contracts';
import da from '../i18n/da';
import en from '../i18n/en';
import { translatorOf } from '../i18n/translator';
import { markerText } from './markerText';
import { timelineMessages } from './messages';

/** The timeline's `translate`: its own messages, and the app's. */
const danish = translatorOf(timelineMessages.da, translatorOf(da));
const english = translatorOf(timelineMessages.en, translatorOf(en));

const milestone: TimelineMilestone = {
  id: 1,
  title: 'Kortlægning af kompetencebehov',
  dueDate: '2017-09-30',
  originalDueDate: '2017-03-31',
  status: 'delayed',
  completedOn: null,
  overdue: false,
};

describe('a timeline marker', () => {
  it('says the date a moved milestone was planned with, in its label and tooltip', () => {
    const text = markerText(milestone, danish, 'da-DK');
    expect(text.label).toBe(
      'Kortlægning af kompetencebehov, frist 30. sep. 2017 – Flyttet fra 31. mar. 2017, Forsinket',
    );
    expect(text.lines).toEqual(['Frist: 30. sep. 2017', 'Flyttet fra 31. mar. 2017', 'Forsinket']);
    expect(markerText(milestone, english, 'en-GB').lines).toContain('Moved from 31 Mar 2017');
  });

  it('says nothing of a move when the due date is the one planned', () => {
    const { label, lines } = markerText(
      { ...milestone, originalDueDate: milestone.dueDate },
      danish,
      'da-DK',
    );
    expect(label).not.toContain('Flyttet');
    expect(lines).toEqual(['Frist: 30. sep. 2017', 'Forsinket']);
  });
});
