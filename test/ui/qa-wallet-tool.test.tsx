import { waitFor } from '@testing-library/react'

import QaToolsPage from '../../src/packages/qa/tools/index'
import { el, shows, tap } from '../support/screen'
import { createTestApp } from '../support/test-app'

describe('测试工具 → 开通医保钱包', () => {
  it('opens a wallet for any insured person, without a face check', async () => {
    const app = createTestApp()
    await app.loginAs('张建国')
    app.render(<QaToolsPage />)
    await waitFor(() => expect(app.store.qa?.personas.length).toBeGreaterThan(0))
    tap('#wallet-tool-submit')
    expect(el('#wallet-tool-error').textContent).toBe('请选择人员。')
    const zhangWei = app.store.qa?.personas.find((p) => p.psn_name === '张伟')
    tap(`#wallet-person-${zhangWei?.login_key}`)
    tap('#wallet-tool-submit')
    await shows('#wallet-tool-result')
    expect(el('#wallet-tool-result').textContent).toContain('张伟的医保钱包已开通')
    expect((await app.as('张伟', '5320', {})).opened).toBe(true)
    expect(app.transport.sentOf('9101')).toHaveLength(0)
  })
})
