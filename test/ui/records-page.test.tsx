import { act, screen, waitFor } from '@testing-library/react'

import RecordsPage from '../../src/packages/family/records/index'
import { createTestApp, navigation } from '../support/test-app'

describe('共济查询 page', () => {
  it('shows the logged-in 共济人 their real balance', async () => {
    const app = createTestApp()
    await app.loginAs('张建国')
    app.render(<RecordsPage />)
    expect(screen.getByText('账户余额')).toBeTruthy()
    await waitFor(() => expect(screen.getByText('¥3,526.40')).toBeTruthy())
  })

  it('says there is no personal account for a 390 resident', async () => {
    const app = createTestApp()
    await app.loginAs('张浩然')
    app.render(<RecordsPage />)
    await waitFor(() => expect(document.querySelector('#balance-none')).not.toBeNull())
    expect(screen.getByText(/没有个人账户/)).toBeTruthy()
  })

  it('asks a logged-out citizen to log in and offers the way there', async () => {
    const app = createTestApp()
    await app.store.session.restore()
    app.render(<RecordsPage />)
    expect(screen.getByText('请先登录后再办理家庭共济业务。')).toBeTruthy()
    screen.getByText('去登录').click()
    expect(navigation.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' })
  })

  it('shows loading while the session is restored on launch', async () => {
    const app = createTestApp()
    await app.loginAs('张建国')
    const relaunched = createTestApp()
    relaunched.tokens.set(app.tokens.get())
    relaunched.transport.hold()
    const restoring = relaunched.store.session.restore()
    relaunched.render(<RecordsPage />)
    expect(document.querySelector('#page-loading')).not.toBeNull()
    await act(async () => {
      relaunched.transport.release()
      await restoring
    })
    await waitFor(() => expect(document.querySelector('#login-required')).not.toBeNull())
  })

  it('shows the backend message and a retry when the balance cannot be refreshed', async () => {
    const app = createTestApp()
    await app.loginAs('张建国')
    app.transport.failWith = {
      infcode: -1,
      err_code: 'E_SERVER',
      err_msg: '医保服务暂时不可用，请稍后重试。',
      inf_refmsgid: '',
      respond_time: '',
    }
    app.render(<RecordsPage />)
    await waitFor(() => expect(screen.getByText('医保服务暂时不可用，请稍后重试。')).toBeTruthy())
    app.transport.failWith = null
    await act(async () => {
      screen.getByText('重试').click()
    })
    await waitFor(() => expect(screen.queryByText('医保服务暂时不可用，请稍后重试。')).toBeNull())
    expect(screen.getByText('¥3,526.40')).toBeTruthy()
  })
})
