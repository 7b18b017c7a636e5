import { describe, expect, it } from 'vitest';
import { matchesCustomerSearch, parseCustomerSearch } from './customer-search';

const johnSmith = { accountNumber: '4155000101', firstName: 'John', lastName: 'Smith', email: 'john@acme.example', company: 'Acme Telecom' };
const janeSmithers = { accountNumber: '4255000102', firstName: 'Jane', lastName: 'Smithers', email: 'jane@northgate.example', company: 'Northgate Voice' };
const finds = (q: string) => [johnSmith, janeSmithers].filter((c) => matchesCustomerSearch(c, parseCustomerSearch(q)!)).map((c) => c.firstName);

describe('the customer search', () => {
  it('is no search when nothing but spaces is typed', () => {
    expect(parseCustomerSearch('   ')).toBeUndefined();
    expect(parseCustomerSearch(' acme   tel  acme ')).toEqual({ words: ['acme', 'tel'], phrase: 'acme tel acme' });
  });

  it("finds John Smith by each word's start, in any order, and not Jane Smithers", () => {
    expect(finds('john sm')).toEqual(['John']);
    expect(finds('SM JOHN')).toEqual(['John']);
    expect(finds('smith')).toEqual(['John', 'Jane']);
  });

  it('finds an account number, an email and a company by their start, and a company by its whole name', () => {
    expect(finds('4155')).toEqual(['John']);
    expect(finds('jane@north')).toEqual(['Jane']);
    expect(finds('Acme Telecom')).toEqual(['John']);
  });

  it('does not find the middle of a value', () => {
    expect(finds('155')).toEqual([]);
    expect(finds('Telecom')).toEqual([]);
    expect(finds('northgate.example')).toEqual([]);
  });

  it('takes % and _ as letters', () => {
    expect(finds('%')).toEqual([]);
    expect(finds('4_55')).toEqual([]);
  });
});
