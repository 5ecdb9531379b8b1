import { changedFields } from './diff';

describe('changedFields', () => {
  it('names the fields whose values differ, in the order met', () => {
    expect(
      changedFields(
        { id: 1, title: 'Old', status: 'planned', dueDate: '2017-01-01' },
        { id: 1, title: 'New', status: 'planned', dueDate: '2017-02-01' },
      ),
    ).toEqual([
      { field: 'title', before: 'Old', after: 'New' },
      { field: 'dueDate', before: '2017-01-01', after: '2017-02-01' },
    ]);
  });

  it('leaves out the bookkeeping that changes with every write', () => {
    expect(
      changedFields(
        { id: 1, version: 3, createdAt: 'a', updatedAt: 'a', editedAt: null },
        { id: 2, version: 4, createdAt: 'b', updatedAt: 'b', editedAt: 'b' },
      ),
    ).toEqual([]);
  });

  it('takes empty for empty: null, missing, an empty text or list', () => {
    expect(changedFields({ a: null, b: '', c: [] }, { b: null, c: undefined })).toEqual([]);
  });

  it('compares lists and objects by value', () => {
    expect(changedFields({ ids: [1, 2] }, { ids: [1, 2] })).toEqual([]);
    expect(changedFields({ ids: [1, 2] }, { ids: [2, 1] })).toEqual([
      { field: 'ids', before: [1, 2], after: [2, 1] },
    ]);
  });

  it('gives every field of a record created or deleted', () => {
    expect(changedFields(null, { title: 'New' })).toEqual([
      { field: 'title', before: undefined, after: 'New' },
    ]);
    expect(changedFields({ title: 'Gone' }, undefined)).toEqual([
      { field: 'title', before: 'Gone', after: undefined },
    ]);
  });
});
