// Mantine's selects in a chunk of their own: see select-input.tsx.
export { MultiSelect, Select } from '@mantine/core';
