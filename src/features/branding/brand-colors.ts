import type { MantineColorsTuple } from '@mantine/core';

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function mix(a: [number, number, number], b: [number, number, number], amount: number): [number, number, number] {
  return [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * amount) as [number, number, number];
}

/**
 * Ten shades for Mantine from one brand colour: the brand colour itself is shade 7 (used for
 * filled buttons and active marks, dark enough for white text), lighter tints before it,
 * darker shades after.
 */
export function brandColorScale(hex: string): MantineColorsTuple {
  const base = channels(hex);
  const white: [number, number, number] = [255, 255, 255];
  const black: [number, number, number] = [0, 0, 0];
  const tints = [0.92, 0.82, 0.68, 0.52, 0.36, 0.2, 0.1].map((t) => toHex(mix(base, white, t)));
  return [...tints, toHex(base), toHex(mix(base, black, 0.18)), toHex(mix(base, black, 0.34))] as unknown as MantineColorsTuple;
}
