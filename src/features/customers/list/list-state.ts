import { accountTypes, statuses, type AccountType, type Status } from '../fields';

/**
 * The customer list's view (search, filters, page, sort) lives in the URL, so a link or a
 * reload shows the same rows. Defaults are left out of the URL to keep it short.
 */
export const sortFields = ['accountNumber', 'name', 'company', 'email', 'status', 'accountType', 'balance'] as const;
export type SortField = (typeof sortFields)[number];

export interface ListState {
  q: string;
  status: Status | null;
  accountType: AccountType | null;
  page: number;
  sort: SortField;
  direction: 'asc' | 'desc';
}

export const PAGE_SIZE = 25;

export const defaultListState: ListState = {
  q: '',
  status: null,
  accountType: null,
  page: 1,
  sort: 'accountNumber',
  direction: 'asc',
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function parseListState(params: URLSearchParams): ListState {
  const rawSort = params.get('sort') ?? '';
  const sort = oneOf(rawSort.replace(/^-/, ''), sortFields);
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: (params.get('q') ?? '').slice(0, 100),
    status: oneOf(params.get('status'), statuses),
    accountType: oneOf(params.get('accountType'), accountTypes),
    page: Number.isFinite(page) && page > 0 ? page : 1,
    sort: sort ?? defaultListState.sort,
    direction: sort && rawSort.startsWith('-') ? 'desc' : 'asc',
  };
}

export function listStateToParams(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.status) params.set('status', state.status);
  if (state.accountType) params.set('accountType', state.accountType);
  if (state.sort !== defaultListState.sort || state.direction !== 'asc') {
    params.set('sort', `${state.direction === 'desc' ? '-' : ''}${state.sort}`);
  }
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** What GET /customers takes for this view. */
export function listQuery(state: ListState) {
  return {
    q: state.q.trim() || undefined,
    status: state.status ?? undefined,
    accountType: state.accountType ?? undefined,
    page: state.page,
    pageSize: PAGE_SIZE,
    sort: `${state.direction === 'desc' ? '-' : ''}${state.sort}`,
  };
}

export function hasFilters(state: ListState): boolean {
  return Boolean(state.q.trim() || state.status || state.accountType);
}
