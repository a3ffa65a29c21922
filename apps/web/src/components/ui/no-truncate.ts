/**
 * Badge `styles` that keep the whole label: Mantine clips a badge's label, which lets auto-width table
 * columns squeeze "1,50 Std. · 142,50 €" into "1,50 Std. · 14…".
 */
export const NO_TRUNCATE = { label: { overflow: 'visible' } } as const;
