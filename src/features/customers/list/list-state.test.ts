// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultListState,
  hasFilters,
  listQuery,
  listStateToParams,
  PAGE_SIZE,
  parseListState,
  sortFields,
  type ListState,
} from './list-state';

const parse = (query: string) => parseListState(new URLSearchParams(query));

const listStates: fc.Arbitrary<ListState> = fc.record({
  // What a search box leaves after trimming: no outer spaces, at most 100 characters.
  q: fc.string({ maxLength: 100, unit: 'grapheme-composite' }).filter((q) => q === q.trim() && q.length <= 100),
  status: fc.constantFrom('active', 'inactive', null),
  accountType: fc.constantFrom('prepaid', 'postpaid', null),
  page: fc.integer({ min: 1, max: 10_000 }),
  sort: fc.constantFrom(...sortFields),
  direction: fc.constantFrom('asc', 'desc'),
});

describe('customer list state in the URL', () => {
  it('the default view has an empty query string', () => {
    expect(listStateToParams(defaultListState).toString()).toBe('');
    expect(parse('')).toEqual(defaultListState);
  });

  it('search, filters, page and sort survive a round trip through the URL', () => {
    fc.assert(
      fc.property(listStates, (state) => {
        const url = listStateToParams(state).toString();
        expect(parse(url)).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes only what differs from the default', () => {
    expect(listStateToParams({ ...defaultListState, q: '  Zoë ', page: 3 }).toString()).toBe('q=Zo%C3%AB&page=3');
    expect(listStateToParams({ ...defaultListState, sort: 'balance', direction: 'desc' }).toString()).toBe('sort=-balance');
    expect(listStateToParams({ ...defaultListState, direction: 'desc' }).toString()).toBe('sort=-accountNumber');
    expect(listStateToParams({ ...defaultListState, status: 'inactive', accountType: 'postpaid' }).toString()).toBe(
      'status=inactive&accountType=postpaid',
    );
  });

  it('reads a hand-edited or stale URL as the nearest valid view', () => {
    expect(parse('status=deleted&accountType=credit&page=-3&sort=password')).toEqual(defaultListState);
    expect(parse('page=abc').page).toBe(1);
    expect(parse('page=0').page).toBe(1);
    expect(parse('sort=-nonsense')).toMatchObject({ sort: 'accountNumber', direction: 'asc' });
    expect(parse('sort=-company')).toMatchObject({ sort: 'company', direction: 'desc' });
    expect(parse(`q=${'a'.repeat(500)}`).q).toHaveLength(100);
  });

  it('asks GET /customers for a page of 25, sorted, without empty filters', () => {
    expect(listQuery(defaultListState)).toEqual({
      q: undefined,
      status: undefined,
      accountType: undefined,
      page: 1,
      pageSize: PAGE_SIZE,
      sort: 'accountNumber',
    });
    expect(listQuery({ ...defaultListState, q: ' acme ', status: 'active', page: 2, sort: 'name', direction: 'desc' })).toEqual({
      q: 'acme',
      status: 'active',
      accountType: undefined,
      page: 2,
      pageSize: 25,
      sort: '-name',
    });
  });

  it('knows when a filter narrows the list', () => {
    expect(hasFilters(defaultListState)).toBe(false);
    expect(hasFilters({ ...defaultListState, q: '   ' })).toBe(false);
    expect(hasFilters({ ...defaultListState, page: 4, sort: 'email' })).toBe(false);
    expect(hasFilters({ ...defaultListState, q: 'li' })).toBe(true);
    expect(hasFilters({ ...defaultListState, accountType: 'prepaid' })).toBe(true);
  });
});
