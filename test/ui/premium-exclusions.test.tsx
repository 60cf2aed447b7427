import { waitFor } from '@testing-library/react'

import PremiumPage from '../../src/packages/family/premium/index'
import { zhangFamily } from '../support/scenes'
import { createTestApp } from '../support/test-app'

function text(selector: string): string | null | undefined {
  return document.querySelector(selector)?.textContent
}

describe('代缴医保: a refused payee is told which exclusion and when it ends (D1)', () => {
  it('a newborn, where the province collects in the year of birth: which year and from when', async () => {
    // A province whose 2026年度 is collected during 2026 itself: 张小满 (born 2026-06) is a
    // newborn for it, the one case where the demo can meet the exclusion.
    const app = createTestApp({
      policy: {
        premiumYears: [
          { year: 2026, periodStart: '2026-01-01', periodEnd: '2026-12-31', standard: 38000 },
        ],
      },
    })
    const ids = await zhangFamily(app.scene)
    await app.loginAs('张建国')
    app.render(<PremiumPage />)
    await waitFor(() => expect(document.querySelector('#payee-list')).not.toBeNull())
    expect(text('#premium-year')).toBe('2026年度')
    expect(document.querySelector(`#payee-${ids.张小满}`)?.className).toContain('payee--disabled')
    const reason = text(`#payee-${ids.张小满}-reason`)
    expect(reason).toContain('新生儿（2026年出生）')
    expect(reason).toContain('2027年度起可以代缴')
  })
})
