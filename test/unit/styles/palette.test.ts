import fs from 'node:fs'
import path from 'node:path'

import { palette } from '../../../src/styles/palette'

const THEME = fs.readFileSync(path.join(__dirname, '../../../src/styles/theme.scss'), 'utf8')

/** WCAG 2.1 relative luminance of '#rrggbb'. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (high + 0.05) / (low + 0.05)
}

function scssColour(name: string): string | undefined {
  return new RegExp(`\\$color-${name}: (#[0-9a-f]{6});`).exec(THEME)?.[1]
}

const TEXT_COLOURS = ['primary', 'text', 'textSecondary', 'muted', 'success', 'warning', 'danger']
const SURFACES = { white: '#ffffff', page: palette.background, tint: palette.primaryLight }

describe('palette', () => {
  it.each(TEXT_COLOURS)('%s text passes AA (4.5:1) on white, the page grey and the tint', (n) => {
    const colour = palette[n as keyof typeof palette]
    for (const surface of Object.values(SURFACES)) {
      expect(contrast(colour, surface)).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('white text passes AA on the primary buttons, the banner and the balance card', () => {
    expect(contrast('#ffffff', palette.primary)).toBeGreaterThanOrEqual(4.5)
    expect(contrast('#ffffff', palette.banner)).toBeGreaterThanOrEqual(4.5)
  })

  it('theme.scss holds the same colours as palette.ts', () => {
    const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
    for (const [name, value] of Object.entries(palette)) {
      expect({ name, value: scssColour(kebab(name)) }).toEqual({ name, value })
    }
  })

  it('has no fixed font size in theme.scss: sizes are run-time tokens', () => {
    expect(THEME).not.toMatch(/\$font-[a-z]+: \d/)
  })
})
