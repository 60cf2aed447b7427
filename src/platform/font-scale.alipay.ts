/** Mini-programs lay out in rpx, which the system font setting does not change. */
export function rootFontScale(): number {
  return 1
}
