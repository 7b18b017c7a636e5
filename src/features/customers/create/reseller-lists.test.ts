import { describe, expect, it } from 'vitest';
import { choicesOutsideLists, resellerChoiceFields } from './reseller-lists';

const northwinds = {
  rateGroups: [
    { value: 5, label: 'Northwind Basic' },
    { value: 7, label: 'Northwind No-CLI' },
  ],
  localizations: [{ value: 4, label: 'Northwind Nordics' }],
  taxes: [{ value: 5, label: 'Northwind VAT 25%' }],
};

const outside = (values: Record<string, unknown>) =>
  choicesOutsideLists((name) => values[name], northwinds).map(({ field, kept }) => [field.name, kept]);

describe('choices a reseller’s lists do not offer', () => {
  it('are the fields chosen from lists of the customer’s reseller', () => {
    expect(resellerChoiceFields.map((f) => f.label)).toEqual(['Localization', 'Rate Group', 'NON-CLI Rate Group', 'Taxes']);
  });

  it('leave what the lists offer, and nothing chosen, as it is', () => {
    expect(outside({ rateGroupId: 5, nonCliRateGroupId: 7, localizationId: 4, taxIds: [5] })).toEqual([]);
    expect(outside({ rateGroupId: null, nonCliRateGroupId: null, localizationId: null, taxIds: [] })).toEqual([]);
  });

  it('clear a single choice the lists do not offer, and keep the taxes they do', () => {
    expect(outside({ rateGroupId: 1, nonCliRateGroupId: 7, localizationId: 2, taxIds: [1, 5, 2] })).toEqual([
      ['localizationId', null],
      ['rateGroupId', null],
      ['taxIds', [5]],
    ]);
  });
});
