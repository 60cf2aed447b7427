import { waitFor } from '@testing-library/react'

import InboxPage from '../../src/packages/family/inbox/index'
import WalletPage from '../../src/packages/family/wallet/index'
import MinePage from '../../src/pages/mine/index'
import { CERT } from '../support/public/demo'
import { addMember, createFamily, familyOf, settle } from '../support/scenes'
import { el, shows, tap } from '../support/screen'
import { createTestApp, mockTaro, navigation, tabBar } from '../support/test-app'

async function settleFor(app: ReturnType<typeof createTestApp>, amount: number) {
  await settle(app.scene, '张浩然', amount)
}

describe('消息 (N1, N2)', () => {
  it('shows the unread count on 我的 and as the tab badge, counting down as messages are read', async () => {
    const app = createTestApp()
    await app.loginAs('张建国')
    await familyOf(app.scene, '张建国', [['张浩然', '子女']])
    await settleFor(app, 60000)
    await settleFor(app, 1234)
    const mine = app.render(<MinePage />)
    await waitFor(() => expect(el('#entry-inbox .cell__value').textContent).toBe('2条未读'))
    expect(tabBar.setTabBarBadge).toHaveBeenLastCalledWith({ index: 1, text: '2' })
    tap('#entry-inbox')
    expect(navigation.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/family/inbox/index' })
    mine.unmount()

    app.render(<InboxPage />)
    await shows('#inbox-unread')
    expect(el('#inbox-unread').textContent).toBe('未读2条')
    const rows = document.querySelectorAll('.inbox-row')
    expect(Array.from(rows, (row) => row.querySelector('.inbox-row__title')?.textContent)).toEqual([
      '您的账户为张浩然支付了¥12.34',
      '您的账户为张浩然支付了¥600.00',
    ])
    tap(`#${rows[0].id}`)
    await waitFor(() => expect(el('#inbox-unread').textContent).toBe('未读1条'))
    expect(document.querySelector(`#${rows[0].id}-unread`)).toBeNull()
    const opened = navigation.navigateTo.mock.calls.at(-1)?.[0] as { url: string }
    expect(opened.url).toMatch(/^\/packages\/family\/record-detail\/index\?id=P0001-\d+$/)
    tap('#inbox-read-all')
    await waitFor(() => expect(el('#inbox-unread').textContent).toBe('未读0条'))
    expect(app.transport.sentOf('5331').length).toBe(2)
    // Back on 我的 (a tab page), the badge follows the count.
    app.render(<MinePage />)
    await waitFor(() => expect(tabBar.removeTabBarBadge).toHaveBeenLastCalledWith({ index: 1 }))
    expect(document.querySelector('#entry-inbox .cell__value')).toBeNull()
  })

  it('says so when there is nothing, and pages through many messages', async () => {
    const empty = createTestApp()
    await empty.loginAs('张建军')
    const page = empty.render(<InboxPage />)
    await shows('#inbox-empty')
    expect(el('#inbox-read-all').getAttribute('disabled')).not.toBeNull()
    page.unmount()

    const app = createTestApp()
    await app.loginAs('张建国')
    await familyOf(app.scene, '张建国', [['张浩然', '子女']])
    for (let i = 1; i <= 25; i += 1) await settleFor(app, i * 100)
    app.render(<InboxPage />)
    await shows('#inbox-more')
    expect(document.querySelectorAll('.inbox-row')).toHaveLength(20)
    tap('#inbox-more')
    await waitFor(() => expect(document.querySelectorAll('.inbox-row')).toHaveLength(25))
    expect(document.querySelector('#inbox-more')).toBeNull()
  })

  it('tells 张雨萱 a request was withdrawn and 张伟 that his son waits for him', async () => {
    const app = createTestApp()
    await createFamily(app.scene, '张建国')
    const { binding } = await addMember(app.scene, '张建国', '张雨萱', '子女')
    await app.as('张建国', '5306', { binding_id: binding.binding_id })
    await addMember(app.scene, '张建国', '张小满', '孙子女')

    await app.loginAs('张雨萱')
    const page = app.render(<InboxPage />)
    await shows('.inbox-row')
    const newest = document.querySelector('.inbox-row') as HTMLElement
    expect(newest.querySelector('.inbox-row__title')?.textContent).toBe('张建国已撤回绑定申请')
    expect(newest.querySelector('.inbox-row__body')?.textContent).toBe('共济人撤回了绑定申请')
    tap(`#${newest.id}`)
    await waitFor(() =>
      expect(navigation.navigateTo).toHaveBeenLastCalledWith({
        url: '/packages/family/binding/index',
      }),
    )
    page.unmount()

    await app.loginAs('张伟')
    app.render(<InboxPage />)
    await shows('.inbox-row')
    const waiting = document.querySelector('.inbox-row') as HTMLElement
    expect(waiting.querySelector('.inbox-row__title')?.textContent).toBe(
      '张建国申请为张小满绑定家庭共济',
    )
    expect(waiting.querySelector('.inbox-row__body')?.textContent).toMatch(
      /^张小满未满16周岁，需由您在共济绑定页面确认或拒绝。申请\d{4}-\d{2}-\d{2}前有效。$/,
    )
    expect(waiting.querySelector('.inbox-row__dot')?.textContent).toBe('未读')
  })

  it('opens the transfer a message is about on 跨省共济（医保钱包）', async () => {
    const app = createTestApp()
    await app.as('张建国', '5312', { old_pin: '000000', new_pin: '714825' })
    const { transfer } = await app.as('张建国', '5322', {
      psn_name: '张建军',
      certno: CERT.张建军,
      relation: '兄弟姐妹',
      amount: 50000,
      pin: '714825',
    })
    await app.loginAs('张建军')
    const inbox = app.render(<InboxPage />)
    await shows('.inbox-row')
    const arrived = document.querySelector('.inbox-row') as HTMLElement
    expect(arrived.querySelector('.inbox-row__title')?.textContent).toBe(
      '张建国向您的医保钱包转账¥500.00',
    )
    tap(`#${arrived.id}`)
    await waitFor(() => expect(el('#inbox-unread').textContent).toBe('未读0条'))
    const opened = navigation.navigateTo.mock.calls.at(-1)?.[0] as { url: string }
    expect(opened.url).toBe(`/packages/family/wallet/index?transfer=${transfer.transfer_id}`)
    inbox.unmount()

    mockTaro.setRouterParams({ transfer: transfer.transfer_id })
    app.render(<WalletPage />)
    await shows('#transfer-focus')
    const row = el(`#transfer-${transfer.transfer_id}`)
    expect(row.contains(el('#transfer-focus'))).toBe(true)
    expect(row.textContent).toContain('来自张建国')
    expect(el(`#accept-${transfer.transfer_id}`).textContent).toBe('确认收款')
  })
})
