import { screen, waitFor } from '@testing-library/react'

import MemberDetailPage from '../../src/packages/family/member-detail/index'
import { failure } from '../support/fake-transport'
import { CERT } from '../support/public/demo'
import { familyOf } from '../support/scenes'
import { el, shows, tap, type } from '../support/screen'
import { createTestApp, mockTaro, navigation, showModal } from '../support/test-app'

async function openDetail(members: Parameters<typeof familyOf>[2] = [['张浩然', '子女']]) {
  const app = createTestApp()
  const ids = await familyOf(app.scene, '张建国', members)
  await app.loginAs('张建国')
  mockTaro.setRouterParams({ binding_id: ids[0] })
  app.render(<MemberDetailPage />)
  return { app, id: ids[0] }
}

describe('成员详情', () => {
  it('shows loading, then the member, the state, 本年已共济 and 限额', async () => {
    const app = createTestApp()
    const [id] = await familyOf(app.scene, '张建国', [['张浩然', '子女']])
    await app.loginAs('张建国')
    mockTaro.setRouterParams({ binding_id: id })
    app.transport.hold()
    app.render(<MemberDetailPage />)
    expect(document.querySelector('#page-loading')).not.toBeNull()
    app.transport.release()
    await shows('#member-detail')
    expect(el('#detail-state').textContent).toBe('已绑定')
    expect(el('#detail-used').textContent).toBe('¥0.00')
    expect(el('#detail-limit').textContent).toBe('不限额')
    expect(el('#member-detail').textContent).toContain('4101**********017X')
    expect(el('#member-detail').textContent).toContain('2026-11-23 14:05')
  })

  it('shows the backend message and a retry when loading fails', async () => {
    const app = createTestApp()
    const [id] = await familyOf(app.scene, '张建国', [['张浩然', '子女']])
    await app.loginAs('张建国')
    mockTaro.setRouterParams({ binding_id: id })
    app.transport.failWith = failure('E_SERVER')
    app.render(<MemberDetailPage />)
    await shows('#page-error')
    expect(screen.getByText('医保服务暂时不可用，请稍后重试。')).toBeTruthy()
    app.transport.failWith = null
    tap('#page-error-retry')
    await shows('#member-detail')
  })

  it('says so when the binding is not in the family', async () => {
    const app = createTestApp()
    await familyOf(app.scene, '张建国')
    await app.loginAs('张建国')
    mockTaro.setRouterParams({ binding_id: 'B99999999' })
    app.render(<MemberDetailPage />)
    await shows('#page-empty')
    tap('#back-to-family')
    expect(navigation.navigateBack).toHaveBeenCalled()
  })

  it('sets a yearly limit, then 不限额 again', async () => {
    const { app } = await openDetail()
    await shows('#set-limit')
    tap('#set-limit')
    expect(el('#limit-none').textContent).toContain('不限额')
    type('#limit-amount', '500')
    app.transport.hold()
    tap('#save-limit')
    await waitFor(() => expect(el('#save-limit').hasAttribute('disabled')).toBe(true))
    tap('#save-limit')
    app.transport.release()
    await shows('#set-limit')
    expect(app.transport.sentOf('5307').length).toBe(1)
    expect(el('#detail-limit').textContent).toBe('¥500.00/年')
    tap('#set-limit')
    expect((el('#limit-amount') as HTMLInputElement).value).toBe('500.00')
    tap('#limit-none')
    tap('#save-limit')
    await shows('#set-limit')
    expect(el('#detail-limit').textContent).toBe('不限额')
    expect(app.transport.sent.filter((r) => r.infno === '5307').map((r) => r.input)).toEqual([
      expect.objectContaining({ annual_limit: 50000 }),
      expect.objectContaining({ annual_limit: null }),
    ])
  })

  it('does not send an amount that is not money', async () => {
    const { app } = await openDetail()
    await shows('#set-limit')
    tap('#set-limit')
    type('#limit-amount', '5百')
    tap('#save-limit')
    expect(el('#limit-invalid').textContent).toContain('请输入正确的金额')
    expect(app.transport.sentOf('5307').length).toBe(0)
    tap('#cancel-limit')
    expect(el('#set-limit')).toBeTruthy()
  })

  it('refuses a limit below what was already used this year, with the amount', async () => {
    const app = createTestApp()
    const [id] = await familyOf(app.scene, '张建国', [['张浩然', '子女']])
    await app.as('张浩然', '2207', {
      patient_certno: CERT.张浩然,
      inst_type: '零售药店',
      category: '药品',
      amount: 10000,
      credential_certno: CERT.张浩然,
    })
    await app.loginAs('张建国')
    mockTaro.setRouterParams({ binding_id: id })
    app.render(<MemberDetailPage />)
    await shows('#set-limit')
    expect(el('#detail-used').textContent).toBe('¥100.00')
    tap('#set-limit')
    type('#limit-amount', '50')
    tap('#save-limit')
    const error = await shows('#limit-error')
    expect(error.textContent).toBe('限额不能低于本年度已使用的¥100.00。')
  })

  it('ends the binding only after a confirmation that says what ending means', async () => {
    const { app } = await openDetail()
    await shows('#end-binding')
    mockTaro.answerModals(false)
    tap('#end-binding')
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1))
    const modal = showModal.mock.calls[0][0] as { title: string; content: string }
    expect(modal.title).toBe('解除绑定')
    expect(modal.content).toContain('张浩然将不能再使用您的个人账户')
    expect(modal.content).toContain('以往的共济记录会保留')
    expect(modal.content).toContain('需要重新提交绑定申请')
    expect(app.transport.sentOf('5306').length).toBe(0)

    mockTaro.answerModals(true)
    app.transport.hold()
    tap('#end-binding')
    await waitFor(() => expect(app.transport.sentOf('5306').length).toBe(1))
    await waitFor(() => expect(el('#end-binding').hasAttribute('disabled')).toBe(true))
    tap('#end-binding')
    app.transport.release()
    await waitFor(() => expect(el('#detail-state').textContent).toBe('已解除'))
    expect(app.transport.sentOf('5306').length).toBe(1)
    expect(el('#detail-end-reason').textContent).toBe('共济人解除了共济关系')
    expect(document.querySelector('#set-limit')).toBeNull()
    tap('#add-again')
    expect(navigation.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/add-member/index' })
  })

  it('offers no limit or ending while the member has not confirmed', async () => {
    await openDetail([['张雨萱', '子女']])
    await shows('#member-detail')
    expect(el('#detail-state').textContent).toBe('待确认')
    expect(el('#member-detail').textContent).toContain('等待张雨萱本人登录确认')
    expect(el('#member-detail').textContent).toContain('2026-11-30 14:05')
    expect(document.querySelector('#set-limit')).toBeNull()
    expect(document.querySelector('#end-binding')).toBeNull()
  })
})
