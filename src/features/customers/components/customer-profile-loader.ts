import type { QueryClient } from '@tanstack/react-query';
import { data, redirect, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import { isResellerScoped, referenceListNames, referenceListQueryOptions, referenceListsQueryOptions } from '../../reference';
import { settingsQueryOptions } from '../../settings';
import { customerQueryOptions } from '../api/get-customer';
import { firstSection, isSectionSlug } from '../sections';

/** The customer id in a profile's address, or undefined when it is not one. */
export function customerIdOf(param: string | undefined): number | undefined {
  const id = /^\d+$/.test(param ?? '') ? Number(param) : NaN;
  return Number.isSafeInteger(id) ? id : undefined;
}

/**
 * Route `/customers/:id/:section`: the customer, the settings and the reference lists its
 * selects show, in the query cache before the profile renders. The customer is read again
 * when it is older than its stale time: a profile opened later shows what the server has now.
 * Rate groups, localizations and taxes are those of the customer's reseller, so they are
 * read once the customer is; the other lists meanwhile.
 */
export const customerProfileLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const id = customerIdOf(params.id);
    if (id === undefined) throw data('Customer not found', { status: 404 });
    if (!isSectionSlug(params.section)) throw redirect(`/customers/${id}/${firstSection}`);
    const customerLists = queryClient
      .fetchQuery(customerQueryOptions(id))
      .then(({ customer }) => Promise.all(referenceListsQueryOptions(customer.resellerId).map((list) => queryClient.ensureQueryData(list))));
    await Promise.all([
      customerLists,
      queryClient.ensureQueryData(settingsQueryOptions()),
      ...referenceListNames.filter((name) => !isResellerScoped(name)).map((name) => queryClient.ensureQueryData(referenceListQueryOptions(name))),
    ]);
    return null;
  };

/** A tab switch within one customer reads nothing: the profile already has all it shows. */
export function profileShouldRevalidate({ currentParams, nextParams, currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  const sameCustomer = currentParams.id === nextParams.id;
  const tabSwitch = sameCustomer && currentUrl.pathname !== nextUrl.pathname && isSectionSlug(nextParams.section);
  return tabSwitch ? false : defaultShouldRevalidate;
}
