// The settings feature's public entry: what other features may use of it.
export { settingsQueryOptions, useSettings } from './api/get-settings';
export { defaultSettings, type NewCustomerDefaults, type OptionalFieldName, type Settings } from './settings-schema';
