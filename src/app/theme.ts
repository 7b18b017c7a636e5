import { createTheme } from '@mantine/core';
import { brand } from 'virtual:brand';
import { brandColorScale } from '../features/branding/brand-colors';

export const theme = createTheme({
  primaryColor: 'brand',
  // Shade 7 is the brand colour itself; Mantine's default (6) fails axe colour contrast.
  primaryShade: { light: 7, dark: 8 },
  colors: { brand: brandColorScale(brand.primaryColor) },
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
});
