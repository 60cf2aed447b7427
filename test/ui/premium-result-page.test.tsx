import { act, screen, waitFor } from '@testing-library/react'

import PremiumResultPage from '../../src/packages/family/premium-result/index'
import { routes } from '../../src/platform/navigation'
import { failure } from '../support/fake-transport'
import { tap } from '../support/screen'
import { changeInitialPin, createTestApp, navigation, zhangApp } from '../support/test-app'

function text(selector: string): string | null | undefined {
  return document.querySelector(selector)?.textContent
}

async function payForHaoran(fail?: ReturnType<typeof failure>) {
  const app = await zhangApp()
  await changeInitialPin(app)
  await act(async () => {
    await app.store.premium.load()
    app.store.premium.select(app.ids.张浩然)
    app.transport.failWith = fail ?? null
    await app.store.premium.pay('258147')
    app.transport.failWith = null
  })
  return app
}

describe('代缴结果 page', () => {
  it('shows 代缴成功 with 流水号, 年度, 被代缴人, 金额 and 时间', async () => {
    const app = await payForHaoran()
    app.render(<PremiumResultPage />)
    expect(text('#result-title')).toBe('代缴成功')
    expect(text('#receipt-no')).toMatch(/^DJ20261123\d{6}$/)
    expect(text('#receipt-year')).toBe('2027年度')
    expect(text('#receipt-payee')).toBe('张浩然')
    expect(text('#receipt-amount')).toBe('¥400.00')
    expect(text('#receipt-time')).toBe('2026-11-23 14:05')
    expect(text('#receipt-balance')).toBe('¥3,126.40')
    tap('#result-records')
    expect(navigation.navigateTo).toHaveBeenCalledWith({ url: routes.records })
    tap('#result-done')
    expect(navigation.navigateBack).toHaveBeenCalled()
  })

  it('after a lost answer says a retry cannot charge twice, and offers 重新支付', async () => {
    const app = await payForHaoran(failure('E_NETWORK', '网络连接失败，请检查网络后重试。'))
    app.render(<PremiumResultPage />)
    expect(text('#result-title')).toBe('代缴未成功')
    expect(text('#result-message')).toBe('网络连接失败，请检查网络后重试。')
    expect(text('#result-hint')).toContain('不会重复扣款')
    tap('#result-retry')
    expect(navigation.navigateBack).toHaveBeenCalled()
  })

  it('shows a business refusal unchanged with the way back', async () => {
    const message = '您的个人账户余额（¥100.00）不足以支付¥400.00。'
    const app = await payForHaoran(failure('E_BALANCE', message))
    app.render(<PremiumResultPage />)
    expect(text('#result-message')).toBe(message)
    expect(screen.getByText('被代缴人：张浩然')).toBeTruthy()
    tap('#result-records')
    expect(navigation.navigateTo).toHaveBeenCalledWith({ url: routes.records })
    tap('#result-back')
    expect(navigation.navigateBack).toHaveBeenCalled()
  })

  it('offers to start a payment when there is no result to show', async () => {
    const app = createTestApp()
    await app.loginAs('张建国')
    app.render(<PremiumResultPage />)
    expect(document.querySelector('#page-empty')).not.toBeNull()
    tap('#result-start')
    await waitFor(() => expect(navigation.redirectTo).toHaveBeenCalledWith({ url: routes.premium }))
  })
})
