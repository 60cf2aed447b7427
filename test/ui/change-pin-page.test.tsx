import { act, waitFor } from '@testing-library/react'

import ChangePinPage from '../../src/packages/family/change-pin/index'
import { tap, typePin } from '../support/screen'
import {
  changeInitialPin,
  createTestApp,
  mockTaro,
  navigation,
  type TestApp,
  type ZhangApp,
  zhangApp,
} from '../support/test-app'

function text(selector: string): string | null | undefined {
  return document.querySelector(selector)?.textContent
}

async function openAsZhang(params: Record<string, string> = {}): Promise<TestApp> {
  const app = createTestApp()
  await app.loginAs('张建国')
  app.transport.forget()
  mockTaro.setRouterParams(params)
  app.render(<ChangePinPage />)
  await waitFor(() => expect(document.querySelector('#pin-step')).not.toBeNull())
  return app
}

async function lockPayments(app: ZhangApp): Promise<void> {
  await act(async () => {
    await app.store.premium.load()
    app.store.premium.select(app.ids.张浩然)
    for (let i = 0; i < 6; i += 1) await app.store.premium.pay('111222')
  })
}

describe('修改支付密码 page', () => {
  it('changes the initial PIN: current PIN, a weak try refused, the new PIN twice', async () => {
    const app = await openAsZhang()
    expect(text('#pin-step')).toBe('第1步，共3步：验证身份')
    expect(text('#pin-initial-hint')).toContain('000000')
    typePin('000000')
    expect(text('#pin-step')).toBe('第2步，共3步：设置新密码')
    typePin('123456')
    expect(text('#pin-message')).toBe('新密码过于简单，请勿使用相同、连续数字或生日。')
    typePin('680312')
    expect(text('#pin-message')).toBe('新密码过于简单，请勿使用相同、连续数字或生日。')
    typePin('258147')
    expect(text('#pin-step')).toBe('第3步，共3步：确认新密码')
    typePin('258148')
    expect(text('#pin-step')).toBe('第2步，共3步：设置新密码')
    expect(text('#pin-message')).toBe('两次输入的新密码不一致，请重新设置。')
    typePin('258147')
    typePin('258147')
    await waitFor(() => expect(document.querySelector('#pin-changed')).not.toBeNull())
    expect(app.store.session.person?.pin_state).toBe('set')
    const requests = app.transport.sentOf('5312')
    expect(requests).toHaveLength(1)
    expect(requests[0].input).toEqual({ old_pin: '000000', new_pin: '258147' })
    tap('#pin-changed-done')
    expect(navigation.navigateBack).toHaveBeenCalled()
  })

  it('sends a wrong current PIN back to the first step with the tries left', async () => {
    await openAsZhang()
    typePin('111222')
    typePin('258147')
    typePin('258147')
    await waitFor(() => expect(text('#pin-step')).toBe('第1步，共3步：验证身份'))
    expect(text('#pin-message')).toBe('支付密码错误，您还可尝试5次。')
  })

  it('keeps the keypad off while the change is in flight', async () => {
    const app = await openAsZhang()
    typePin('000000')
    typePin('258147')
    app.transport.hold()
    typePin('258147')
    await waitFor(() => expect(document.querySelector('#pin-busy')).not.toBeNull())
    typePin('258147')
    app.transport.release()
    await waitFor(() => expect(document.querySelector('#pin-changed')).not.toBeNull())
    expect(app.transport.sentOf('5312')).toHaveLength(1)
  })

  it('verifies by face instead of the current PIN', async () => {
    const app = await openAsZhang()
    tap('#use-face')
    tap('#start-face')
    await waitFor(() => expect(document.querySelector('#face-check')).not.toBeNull())
    tap('#face-fail')
    await waitFor(() => expect(document.querySelector('#face-check-error')).not.toBeNull())
    tap('#face-pass')
    await waitFor(() => expect(text('#pin-step')).toBe('第2步，共3步：设置新密码'))
    typePin('258147')
    typePin('258147')
    await waitFor(() => expect(document.querySelector('#pin-changed')).not.toBeNull())
    const [request] = app.transport.sentOf('5312')
    expect(request.input).toMatchObject({ new_pin: '258147' })
    expect(Object.keys(request.input as object).sort()).toEqual(['face_token', 'new_pin'])
  })

  it('lifts a payment lock with the face check, and only the face is offered', async () => {
    const app = await zhangApp()
    await changeInitialPin(app)
    await lockPayments(app)
    expect(app.store.premium.pinNotice?.code).toBe('E_PIN_LOCKED')
    mockTaro.setRouterParams({ mode: 'face' })
    app.render(<ChangePinPage />)
    await waitFor(() => expect(document.querySelector('#pin-locked-note')).not.toBeNull())
    expect(document.querySelector('#use-pin')).toBeNull()
    tap('#start-face')
    await waitFor(() => expect(document.querySelector('#face-pass')).not.toBeNull())
    tap('#face-pass')
    await waitFor(() => expect(text('#pin-step')).toBe('第2步，共3步：设置新密码'))
    typePin('369147')
    typePin('369147')
    await waitFor(() => expect(document.querySelector('#pin-changed')).not.toBeNull())
    expect(app.store.session.person?.pin_state).toBe('set')
    await waitFor(() => expect(app.store.premium.pinNotice).toBeNull())
  })

  it('tells a 城乡居民 that there is no payment PIN', async () => {
    const app = createTestApp()
    await app.loginAs('张浩然')
    app.render(<ChangePinPage />)
    await waitFor(() => expect(document.querySelector('#pin-none')).not.toBeNull())
    expect(text('#pin-none')).toContain('没有个人账户，不需要支付密码')
  })
})
