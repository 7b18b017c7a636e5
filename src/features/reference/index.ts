// The reference feature's public entry: what other features may use of it.
export { referenceListQueryOptions, useReferenceData } from './api/get-reference-list';
export { referenceListNames, type ReferenceData, type ReferenceListName } from './reference-schema';
