import { addDays, dueSoonPreset, presetIsOn, togglePreset } from './presetFilters';

describe('addDays', () => {
  it('counts days on a date-only value, across months, years and a leap day', () => {
    expect(addDays('2017-06-15', 30)).toBe('2017-07-15');
    expect(addDays('2016-12-20', 15)).toBe('2017-01-04');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
  });
});

describe('dueSoonPreset', () => {
  it("finds the open milestones due within 30 days of the server's today", () => {
    expect(dueSoonPreset('2017-06-15')).toEqual({
      dueFrom: '2017-06-15',
      dueTo: '2017-07-15',
      status: ['planned', 'in_progress', 'delayed'],
    });
  });
});

describe('a preset filter', () => {
  const overdue = { overdue: true };
  const soon = dueSoonPreset('2017-06-15');

  it('is on when the list has each of its fields with its value', () => {
    expect(presetIsOn({ overdue: true, q: 'x' }, overdue)).toBe(true);
    expect(presetIsOn({ ...soon }, soon)).toBe(true);
    expect(presetIsOn({ ...soon, status: ['planned'] }, soon)).toBe(false);
    expect(presetIsOn({}, overdue)).toBe(false);
  });

  it('turned on, sets its fields and keeps the others', () => {
    expect(togglePreset({ q: 'x', overdue: false }, overdue)).toEqual({ q: 'x', overdue: true });
  });

  it('turned off, removes its fields and keeps the others', () => {
    expect(togglePreset({ ...soon, responsiblePersonId: 7 }, soon)).toEqual({
      responsiblePersonId: 7,
    });
  });
});
