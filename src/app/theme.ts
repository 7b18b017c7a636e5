import {
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  PasswordInput,
  type VariantColorsResolver,
} from '@mantine/core';
import { brand } from 'virtual:brand';
import { brandColorScale } from '../features/branding/brand-colors';

/**
 * Mantine's light, outline and subtle variants write text in shade 6, which fails WCAG
 * contrast on their pale backgrounds (axe color-contrast). We write it in shade 9 in the
 * light scheme and shade 2 in the dark one.
 */
const readableVariants: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (!['light', 'outline', 'subtle'].includes(input.variant ?? '')) return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade !== undefined) return colors;
  const text = `light-dark(var(--mantine-color-${parsed.color}-9), var(--mantine-color-${parsed.color}-2))`;
  return { ...colors, color: text, border: input.variant === 'outline' ? `1px solid ${text}` : colors.border };
};

export const theme = createTheme({
  variantColorResolver: readableVariants,
  primaryColor: 'brand',
  // Shade 7 is the brand colour itself; Mantine's default (6) fails axe colour contrast.
  primaryShade: { light: 7, dark: 8 },
  colors: { brand: brandColorScale(brand.primaryColor) },
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    // Mantine's "Toggle password visibility" makes getByLabel('Password') match two elements.
    PasswordInput: PasswordInput.extend({
      defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Show characters' } },
    }),
  },
});
