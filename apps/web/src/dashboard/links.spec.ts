import { COUNTED_MILESTONE_STATUSES, listLink, OPEN_MILESTONE_STATUSES } from './links';

describe('listLink', () => {
  it("leads to a list with the filter applied and its inputs shown, as react-admin's URL has them", () => {
    const link = listLink('milestones', { focusAreaId: 1, overdue: true });
    const [path, query] = link.split('?');
    expect(path).toBe('/milestones');
    const params = new URLSearchParams(query);
    expect(JSON.parse(params.get('filter') ?? '')).toEqual({ focusAreaId: 1, overdue: true });
    expect(JSON.parse(params.get('displayedFilters') ?? '')).toEqual({
      focusAreaId: true,
      overdue: true,
    });
  });

  it('keeps a list of values as a list', () => {
    const link = listLink('initiatives', { status: ['in_progress', 'on_hold'] });
    const filter = new URLSearchParams(link.split('?')[1]).get('filter');
    expect(filter).toBe('{"status":["in_progress","on_hold"]}');
  });
});

describe('the milestone statuses the figures count', () => {
  it('counts all but the cancelled ones towards a total', () => {
    expect(COUNTED_MILESTONE_STATUSES).toEqual(['planned', 'in_progress', 'done', 'delayed']);
  });

  it('counts those neither done nor cancelled as still to do', () => {
    expect(OPEN_MILESTONE_STATUSES).toEqual(['planned', 'in_progress', 'delayed']);
  });
});
