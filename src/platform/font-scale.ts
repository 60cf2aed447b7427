/**
 * How much larger than designed the root font is: Taro's H5 build sets the root font from the
 * window width (40 design px a rem, designWidth 750), and a reader's own font setting or
 * zoom can enlarge it. This file serves H5; mini-programs lay out in rpx, which no font setting
 * changes, so their twins answer 1.
 */
const DESIGN_WIDTH = 750
const DESIGN_PX_PER_REM = 40

export function rootFontScale(): number {
  if (typeof document === 'undefined' || typeof window === 'undefined') return 1
  const actual = parseFloat(getComputedStyle(document.documentElement).fontSize)
  const designed = (window.innerWidth * DESIGN_PX_PER_REM) / DESIGN_WIDTH
  if (!actual || !designed) return 1
  return Math.max(1, actual / designed)
}
