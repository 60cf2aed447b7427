import { waitFor } from '@testing-library/react'

import InboxPage from '../../src/packages/family/inbox/index'
import MinePage from '../../src/pages/mine/index'
import { familyOf, settle } from '../support/scenes'
import { el, shows, tap } from '../support/screen'
import { createTestApp, navigation, tabBar } from '../support/test-app'

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
})
