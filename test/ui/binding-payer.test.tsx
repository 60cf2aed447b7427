import { fireEvent, screen, waitFor } from '@testing-library/react'

import BindingPage from '../../src/packages/family/binding/index'
import { failure } from '../support/fake-transport'
import { familyOf } from '../support/scenes'
import { el, shows, tap } from '../support/screen'
import { createTestApp, navigation } from '../support/test-app'

async function openAs(name: Parameters<ReturnType<typeof createTestApp>['loginAs']>[0]) {
  const app = createTestApp()
  await app.loginAs(name)
  return app
}

describe('共济绑定 as 共济人', () => {
  it('shows loading, then offers 创建共济家庭 to someone without a family', async () => {
    const app = await openAs('张建国')
    app.transport.hold()
    app.render(<BindingPage />)
    expect(document.querySelector('#page-loading')).not.toBeNull()
    app.transport.release()
    await shows('#create-family')
    expect(screen.getByText('创建共济家庭')).toBeTruthy()
    expect(screen.getByText('我的共济家庭')).toBeTruthy()
  })

  it('shows the backend message and a retry when the family cannot be loaded', async () => {
    const app = await openAs('张建国')
    app.transport.failWith = failure('E_SERVER')
    app.render(<BindingPage />)
    await waitFor(() =>
      expect(screen.getAllByText('医保服务暂时不可用，请稍后重试。').length).toBe(2),
    )
    app.transport.failWith = null
    screen.getAllByText('重试').forEach((button) => fireEvent.click(button))
    await shows('#create-family')
    expect(screen.queryByText('医保服务暂时不可用，请稍后重试。')).toBeNull()
  })

  it('asks for the pledge before creating: without the tick nothing is sent', async () => {
    const app = await openAs('张建国')
    app.render(<BindingPage />)
    await shows('#create-family')
    tap('#create-family')
    expect(screen.getByText('《家庭共济承诺书》')).toBeTruthy()
    expect(screen.getByText('我已阅读并同意《家庭共济承诺书》')).toBeTruthy()
    expect(el('#pledge-unchecked')).toBeTruthy()
    tap('#confirm-create')
    expect(el('#pledge-required').textContent).toBe('请先阅读并同意《家庭共济承诺书》。')
    expect(app.transport.sentOf('5302').length).toBe(0)
    tap('#pledge-agree')
    expect(el('#pledge-checked')).toBeTruthy()
    expect(document.querySelector('#pledge-required')).toBeNull()
    tap('#pledge-agree')
    expect(el('#pledge-unchecked')).toBeTruthy()
  })

  it('creates the family once even when 确认创建 is tapped twice, then shows it empty', async () => {
    const app = await openAs('张建国')
    app.render(<BindingPage />)
    await shows('#create-family')
    tap('#create-family')
    tap('#pledge-agree')
    app.transport.hold()
    tap('#confirm-create')
    await waitFor(() => expect(el('#confirm-create').hasAttribute('disabled')).toBe(true))
    tap('#confirm-create')
    app.transport.release()
    await shows('#family')
    expect(app.transport.sentOf('5302').length).toBe(1)
    expect(el('#family-empty').textContent).toContain('您还没有添加家庭成员')
    expect(el('#family-count').textContent).toBe('共济成员：0人（最多8人）')
    expect(screen.getByText('¥3,526.40')).toBeTruthy()
    tap('#add-member')
    expect(navigation.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/add-member/index' })
  })

  it('cancelling the pledge goes back to the offer', async () => {
    const app = await openAs('张建国')
    app.render(<BindingPage />)
    await shows('#create-family')
    tap('#create-family')
    tap('#cancel-create')
    expect(document.querySelector('#pledge')).toBeNull()
    expect(el('#create-family')).toBeTruthy()
  })

  it('lists member cards with relation, 状态, 本年已共济 and 限额', async () => {
    const app = await openAs('张建国')
    const [haoran, yuxuan] = await familyOf(app.scene, '张建国', [
      ['张浩然', '子女'],
      ['张雨萱', '子女'],
    ])
    await app.as('张建国', '5307', { binding_id: haoran, annual_limit: 50000 })
    app.render(<BindingPage />)
    await shows(`#member-${haoran}`)
    const card = el(`#member-${haoran}`).textContent ?? ''
    expect(card).toContain('张浩然')
    expect(card).toContain('子女')
    expect(card).toContain('4101**********017X')
    expect(el(`#member-${haoran}-state`).textContent).toBe('已绑定')
    expect(el(`#member-${haoran}-used`).textContent).toBe('本年已共济：¥0.00')
    expect(el(`#member-${haoran}-limit`).textContent).toBe('限额：¥500.00/年')
    expect(el(`#member-${yuxuan}-state`).textContent).toBe('待确认')
    expect(el(`#member-${yuxuan}`).textContent).toContain(
      '等待张雨萱本人确认（2026-11-30 14:05前有效）',
    )
    expect(el('#family-count').textContent).toBe('共济成员：2人（最多8人）')
    tap(`#member-${yuxuan}`)
    expect(navigation.navigateTo).toHaveBeenCalledWith({
      url: `/packages/family/member-detail/index?binding_id=${yuxuan}`,
    })
  })

  it('keeps ended, declined and expired bindings as history below the current members', async () => {
    const app = await openAs('张建国')
    const [haoran, yuxuan] = await familyOf(app.scene, '张建国', [
      ['张浩然', '子女'],
      ['张雨萱', '子女'],
    ])
    await app.as('张建国', '5306', { binding_id: haoran })
    await app.as('张雨萱', '5305', { binding_id: yuxuan })
    app.render(<BindingPage />)
    await shows(`#member-${haoran}`)
    expect(el(`#member-${haoran}-state`).textContent).toBe('已解除')
    expect(el(`#member-${haoran}`).textContent).toContain('共济人解除了共济关系')
    expect(el(`#member-${yuxuan}-state`).textContent).toBe('已拒绝')
    expect(screen.getByText('以往的绑定（记录保留）')).toBeTruthy()
    expect(el('#family-empty')).toBeTruthy()
  })

  it.each([
    ['刘强', '您当前参保状态为“暂停参保”，暂不能办理家庭共济。'],
    ['张建军', '您的参保地不在河南省，请在参保地办理家庭共济。'],
    ['张雨桐', '您未参加职工基本医疗保险，没有个人账户，暂不能作为共济人。'],
  ] as const)(
    'tells %s why they cannot be 共济人 and offers no create button',
    async (name, why) => {
      const app = await openAs(name)
      app.render(<BindingPage />)
      await shows('#payer-refusal')
      expect(el('#payer-refusal-message').textContent).toBe(why)
      expect(screen.getByText('暂不能作为共济人')).toBeTruthy()
      expect(document.querySelector('#create-family')).toBeNull()
      expect(el('#payers-empty').textContent).toContain('目前还没有家人为您开通共济账户')
      tap('#refusal-faq')
      expect(navigation.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/faq/index' })
    },
  )

  it('shows both sides to someone who is 共济人 and has a request to confirm', async () => {
    const app = await openAs('李秀兰')
    await familyOf(app.scene, '李秀兰', [['张浩然', '子女']])
    const [request] = await familyOf(app.scene, '张建国', [['李秀兰', '配偶']])
    app.render(<BindingPage />)
    await shows('#family')
    await shows(`#pending-${request}`)
    expect(screen.getByText('待我确认')).toBeTruthy()
    expect(el(`#pending-${request}`).textContent).toContain('张建国 申请与您绑定家庭共济')
  })

  it('shows a 共济人 who was suspended later their family and why they cannot add members', async () => {
    const app = await openAs('张建国')
    await familyOf(app.scene, '张建国', [['张浩然', '子女']])
    await app.as('张建国', '9102', { certno: '410105196803120315', psn_insu_stas: '2' })
    app.render(<BindingPage />)
    await shows('#family')
    expect(el('#payer-refusal-message').textContent).toBe(
      '您当前参保状态为“暂停参保”，暂不能办理家庭共济。',
    )
    expect(document.querySelector('#add-member')).toBeNull()
  })

  it('asks a logged-out citizen to log in', async () => {
    const app = createTestApp()
    await app.store.session.restore()
    app.render(<BindingPage />)
    expect(screen.getByText('请先登录后再办理家庭共济业务。')).toBeTruthy()
    expect(app.transport.sentOf('5301').length).toBe(0)
  })
})
