import { act, screen, waitFor } from '@testing-library/react'

import PremiumPage from '../../src/packages/family/premium/index'
import { routes } from '../../src/platform/navigation'
import { failure } from '../support/fake-transport'
import { tap, typePin } from '../support/screen'
import { changeInitialPin, createTestApp, navigation, zhangApp } from '../support/test-app'

function text(selector: string): string | null | undefined {
  return document.querySelector(selector)?.textContent
}

function isDisabled(selector: string): boolean {
  return (document.querySelector(selector) as HTMLButtonElement | null)?.disabled === true
}

async function openPage() {
  const app = await zhangApp()
  app.render(<PremiumPage />)
  await waitFor(() => expect(document.querySelector('#payee-list')).not.toBeNull())
  return app
}

describe('代缴医保 page', () => {
  it('shows the open year, the standard and the balance, and who can be paid for', async () => {
    const app = await openPage()
    expect(text('#premium-year')).toBe('2027年度')
    expect(text('#premium-standard')).toBe('¥400.00')
    expect(text('#premium-balance')).toBe('¥3,526.40')
    const { 张浩然, 王桂芝, 张小满 } = app.ids
    expect(document.querySelector(`#payee-${张浩然}`)?.className).not.toContain('payee--disabled')
    expect(document.querySelector(`#payee-${王桂芝}`)?.className).toContain('payee--disabled')
    expect(text(`#payee-${王桂芝}-reason`)).toBe('该人员2027年度城乡居民医保已缴费，无需重复缴纳。')
    // D1: born in 2026, confirmed by his father, he can be paid for 2027年度.
    expect(document.querySelector(`#payee-${张小满}`)?.className).not.toContain('payee--disabled')
    expect(screen.getByText('4101**********017X', { exact: false })).toBeTruthy()
  })

  it('lets only a payable member be picked', async () => {
    const app = await openPage()
    tap(`#payee-${app.ids.王桂芝}`)
    expect(app.store.premium.selected).toBeNull()
    tap(`#payee-${app.ids.张浩然}`)
    expect(app.store.premium.selected?.member.psn_name).toBe('张浩然')
    expect(document.querySelector(`#payee-${app.ids.张浩然}`)?.className).toContain(
      'payee--selected',
    )
    expect(text('#premium-selected')).toBe('为张浩然缴纳2027年度城乡居民医保')
  })

  it('says plainly that the initial PIN must be changed first, with the button to do it', async () => {
    const app = await openPage()
    tap(`#payee-${app.ids.张浩然}`)
    expect(text('#pin-initial')).toContain('您仍在使用初始支付密码，请先修改后再支付。')
    expect(isDisabled('#confirm-pay')).toBe(true)
    tap('#change-pin')
    expect(navigation.navigateTo).toHaveBeenCalledWith({ url: routes.changePin })
  })

  it('pays with the PIN: one 5311, the receipt, and the balance refreshed', async () => {
    const app = await zhangApp()
    await changeInitialPin(app)
    app.render(<PremiumPage />)
    await waitFor(() => expect(document.querySelector('#payee-list')).not.toBeNull())
    expect(document.querySelector('#pin-initial')).toBeNull()
    expect(isDisabled('#confirm-pay')).toBe(true)
    tap(`#payee-${app.ids.张浩然}`)
    tap('#confirm-pay')
    expect(text('#pay-sheet-title')).toBe('支付密码')
    expect(text('#pay-sheet-what')).toBe('为张浩然（子女）代缴2027年度城乡居民医保')
    typePin('258147')
    await waitFor(() =>
      expect(navigation.redirectTo).toHaveBeenCalledWith({ url: routes.premiumResult }),
    )
    expect(app.store.premium.result).toMatchObject({
      kind: 'paid',
      receipt: { year: 2027, amount: 40000, payee: { psn_name: '张浩然' } },
    })
    expect(app.store.session.person?.balc).toBe(312640)
    const [request] = app.transport.sentOf('5311')
    expect(request.input).toEqual({
      binding_id: app.ids.张浩然,
      year: 2027,
      amount: 40000,
      pin: '258147',
    })
    await waitFor(() => expect(text(`#payee-${app.ids.张浩然}-reason`)).toContain('已缴费'))
  })

  it('sends one request for a double tap, with the buttons and keypad off while in flight', async () => {
    const app = await zhangApp()
    await changeInitialPin(app)
    app.render(<PremiumPage />)
    await waitFor(() => expect(document.querySelector('#payee-list')).not.toBeNull())
    tap(`#payee-${app.ids.张浩然}`)
    tap('#confirm-pay')
    tap('#confirm-pay')
    app.transport.hold()
    typePin('258147')
    await waitFor(() => expect(document.querySelector('#pin-busy')).not.toBeNull())
    typePin('258147')
    expect(isDisabled('#confirm-pay')).toBe(true)
    await act(async () => {
      await app.store.premium.pay('258147')
    })
    expect(app.transport.sentOf('5311')).toHaveLength(1)
    app.transport.release()
    await waitFor(() => expect(navigation.redirectTo).toHaveBeenCalledTimes(1))
    expect(app.transport.sentOf('5311')).toHaveLength(1)
  })

  it('keeps the keypad open after a wrong PIN with the tries left', async () => {
    const app = await zhangApp()
    await changeInitialPin(app)
    app.render(<PremiumPage />)
    await waitFor(() => expect(document.querySelector('#payee-list')).not.toBeNull())
    tap(`#payee-${app.ids.张浩然}`)
    tap('#confirm-pay')
    typePin('111222')
    await waitFor(() => expect(text('#pin-message')).toBe('支付密码错误，您还可尝试5次。'))
    expect(document.querySelector('#pay-sheet')).not.toBeNull()
    typePin('2')
    expect(document.querySelector('#pin-message')).toBeNull()
    tap('#pin-key-delete')
    tap('#pay-sheet-cancel')
    expect(document.querySelector('#pay-sheet')).toBeNull()
  })

  it('locks payment after six wrong PINs and offers the face reset', async () => {
    const app = await zhangApp()
    await changeInitialPin(app)
    app.render(<PremiumPage />)
    await waitFor(() => expect(document.querySelector('#payee-list')).not.toBeNull())
    tap(`#payee-${app.ids.张浩然}`)
    tap('#confirm-pay')
    for (let left = 5; left >= 1; left -= 1) {
      typePin('111222')
      await waitFor(() => expect(text('#pin-message')).toBe(`支付密码错误，您还可尝试${left}次。`))
    }
    typePin('111222')
    await waitFor(() => expect(document.querySelector('#pin-locked')).not.toBeNull())
    expect(document.querySelector('#pay-sheet')).toBeNull()
    expect(text('#pin-locked')).toContain(
      '支付密码错误次数过多，已锁定至次日0时，可通过人脸识别重置。',
    )
    expect(isDisabled('#confirm-pay')).toBe(true)
    tap('#reset-pin-by-face')
    expect(navigation.navigateTo).toHaveBeenCalledWith({ url: `${routes.changePin}?mode=face` })
  })

  it('shows the refusal on the result page when no answer came', async () => {
    const app = await zhangApp()
    await changeInitialPin(app)
    app.render(<PremiumPage />)
    await waitFor(() => expect(document.querySelector('#payee-list')).not.toBeNull())
    tap(`#payee-${app.ids.张浩然}`)
    tap('#confirm-pay')
    app.transport.failWith = failure('E_NETWORK', '网络连接失败，请检查网络后重试。')
    typePin('258147')
    await waitFor(() =>
      expect(navigation.navigateTo).toHaveBeenCalledWith({ url: routes.premiumResult }),
    )
    expect(app.store.premium.result).toMatchObject({ kind: 'refused', payee: '张浩然' })
  })

  it('shows loading, then the backend message with a retry', async () => {
    const app = await zhangApp()
    app.transport.hold()
    app.render(<PremiumPage />)
    expect(document.querySelector('#page-loading')).not.toBeNull()
    app.transport.failWith = failure('E_SERVER', '医保服务暂时不可用，请稍后重试。')
    app.transport.release()
    await waitFor(() => expect(screen.getByText('医保服务暂时不可用，请稍后重试。')).toBeTruthy())
    app.transport.failWith = null
    tap('#page-error-retry')
    await waitFor(() => expect(text('#premium-year')).toBe('2027年度'))
  })

  it('sends someone without a family to create one', async () => {
    const app = createTestApp()
    await app.loginAs('李秀兰')
    app.render(<PremiumPage />)
    await waitFor(() => expect(screen.getByText('请先创建共济家庭。')).toBeTruthy())
    tap('#page-error-action')
    expect(navigation.navigateTo).toHaveBeenCalledWith({ url: routes.binding })
  })

  it('says why a 城乡居民 cannot pay, with the way back', async () => {
    const app = createTestApp()
    await app.loginAs('张浩然')
    app.render(<PremiumPage />)
    await waitFor(() => expect(document.querySelector('#page-error')).not.toBeNull())
    expect(text('#page-error')).toContain('您未参加职工基本医疗保险')
    tap('#page-error-action')
    expect(navigation.navigateBack).toHaveBeenCalled()
  })

  it('offers to add members when nobody is bound yet', async () => {
    const app = createTestApp()
    await app.loginAs('张建国')
    await app.store.services.family.createFamily()
    app.render(<PremiumPage />)
    await waitFor(() => expect(document.querySelector('#page-empty')).not.toBeNull())
    tap('#go-binding')
    expect(navigation.navigateTo).toHaveBeenCalledWith({ url: routes.binding })
  })
})

describe('代缴医保 page for keyboards and screen readers', () => {
  it('puts 确认代缴 and 取消 in the Tab order as named buttons, and opens the sheet as a dialog', async () => {
    const app = await zhangApp()
    await changeInitialPin(app)
    app.render(<PremiumPage />)
    await waitFor(() => expect(document.querySelector('#payee-list')).not.toBeNull())
    const confirm = document.querySelector<HTMLElement>('#confirm-pay')
    expect(confirm?.getAttribute('role')).toBe('button')
    expect(confirm?.getAttribute('aria-disabled')).toBe('true')
    tap(`#payee-${app.ids.张浩然}`)
    expect(confirm?.getAttribute('aria-disabled')).toBe('false')
    expect(confirm?.tabIndex).toBe(0)
    act(() => {
      confirm?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    })
    const dialog = document.querySelector('.pay-sheet__panel')
    expect(dialog?.getAttribute('role')).toBe('dialog')
    expect(dialog?.getAttribute('aria-label')).toBe('支付密码')
    expect(document.querySelector('#pay-sheet-cancel')?.getAttribute('role')).toBe('button')
  })
})
