/**
 * The palette's colours for code that cannot read the style sheets (the platform dialogs'
 * confirm button). theme.scss holds the same values; test/unit/styles/palette.test.ts keeps the
 * two equal and checks each text colour against AA.
 */
export const palette = {
  primary: '#0a5bd6',
  primaryLight: '#e8f1ff',
  text: '#1f2329',
  textSecondary: '#646a73',
  muted: '#5c626b',
  background: '#f5f6f8',
  success: '#007d52',
  warning: '#a84f00',
  danger: '#c02f27',
  banner: '#0a5bd6',
} as const
