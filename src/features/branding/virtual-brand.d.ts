declare module 'virtual:brand' {
  import type { Brand } from './brand-schema';
  export const brand: Brand;
}
