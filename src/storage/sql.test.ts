import { describe, expect, it } from 'vitest';
import { columnOf, pick, selectList } from './sql.ts';

describe('one naming rule between fields and columns', () => {
  const names = { id: 'id', bodyId: 'body_id', catalogueNodeId: 'catalogue_node_id', sha256: 'sha256' };
  it.each(Object.entries(names))('field %s is column %s', (field, column) => {
    expect(columnOf(field)).toBe(column);
  });

  it('selects each field under its own name, with the casts asked for', () => {
    expect(selectList(['id', 'requestId', 'deliveredOn'], { deliveredOn: 'text' })).toBe(
      'id, request_id as "requestId", delivered_on::text as "deliveredOn"',
    );
  });

  it('picks only the fields named, so a wider object never adds columns', () => {
    const wider = { id: 'a', title: 't', extra: 'not a column' };
    expect(pick(wider, ['id', 'title'])).toEqual({ id: 'a', title: 't' });
  });
});
