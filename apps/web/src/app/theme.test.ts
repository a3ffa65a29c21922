import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { INK } from './theme';

// WCAG 2.x contrast of two sRGB colours.
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const luminance = (c: number[]) => {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** `color` at `alpha` over `base`, as Mantine's light variants paint it. */
const over = (color: number[], alpha: number, base: number[]) =>
  color.map((v, i) => Math.round(v * alpha + base[i]! * (1 - alpha)));

const white = [255, 255, 255];
const gray0 = rgb(DEFAULT_THEME.colors.gray[0]);
const gray1 = rgb(DEFAULT_THEME.colors.gray[1]);

describe('theme inks', () => {
  it.each(Object.entries(INK))(
    '%s reads at 4.5:1 as text, on its light variant and under white text',
    (color, ink) => {
      const shade8 = rgb(DEFAULT_THEME.colors[color]![8]);
      const backgrounds = [white, gray0, gray1, over(shade8, 0.1, white), over(shade8, 0.12, gray0)];
      for (const background of backgrounds)
        expect(contrast(rgb(ink), background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('keeps secondary text (gray 7) readable on white and light gray', () => {
    const gray7 = rgb(DEFAULT_THEME.colors.gray[7]);
    expect(contrast(gray7, white)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(gray7, gray1)).toBeGreaterThanOrEqual(4.5);
    // The default (gray 6) would not be.
    expect(contrast(rgb(DEFAULT_THEME.colors.gray[6]), white)).toBeLessThan(4.5);
  });
});
