// The reference feature's public entry: what other features may use of it.
export { referenceListQueryOptions, referenceListsQueryOptions, useReferenceData } from './api/get-reference-list';
export { isResellerScoped, resellerScopedLists, type ResellerScopedList } from './reference-paths';
export { referenceListNames, type ReferenceData, type ReferenceListName } from './reference-schema';
