import { memo } from 'react';
import { ListField } from './list-field';
import { SectionPanel, type SectionPanelProps } from './section-panel';

/**
 * A section with fields chosen from reference lists (Reseller on create, Localization,
 * Country, Timezone, Currency, the rate groups, Taxes): SectionPanel with Mantine's Select
 * and MultiSelect. The profile loads it with React.lazy for the panels that need it
 * (needsListFields), so Panel Access is usable without that code; the create page, a chunk
 * of its own, imports it outright.
 */
export const SectionPanelWithLists = memo(function SectionPanelWithLists(props: Omit<SectionPanelProps, 'listField'>) {
  return <SectionPanel {...props} listField={ListField} />;
});

export default SectionPanelWithLists;
