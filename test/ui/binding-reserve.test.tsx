import { screen, waitFor } from '@testing-library/react'

import BindingPage from '../../src/packages/family/binding/index'
import { familyOf } from '../support/scenes'
import { el, shows, tap, type } from '../support/screen'
import { createTestApp } from '../support/test-app'

describe('自留金额 on 共济绑定 (R1–R3)', () => {
  it('keeps a fixed ¥3,000.00 and says what members can no longer use', async () => {
    const app = createTestApp()
    await app.loginAs('张建国')
    await familyOf(app.scene, '张建国', [['张浩然', '子女']])
    app.render(<BindingPage />)
    await shows('#reserve')
    expect(el('#reserve-mode').textContent).toBe('不自留')
    expect(el('#reserve-sentence').textContent).toBe('不自留：家人可以用到账户里的全部余额。')
    expect(document.querySelector('#reserve-avail')).toBeNull()
    tap('#reserve-edit')
    tap('#reserve-amount-input')
    type('#reserve-amount-input', 'abc')
    tap('#reserve-save')
    expect(el('#reserve-problem').textContent).toBe('请输入正确的金额，例如 3000 或 3000.00')
    expect(app.transport.sentOf('5316').length).toBe(0)
    type('#reserve-amount-input', '3000')
    expect(el('#reserve-preview').textContent).toBe(
      '家人用不到账户里的最后¥3,000.00，这部分只留给您自己。',
    )
    tap('#reserve-save')
    tap('#reserve-save')
    await shows('#reserve-edit')
    expect(app.transport.sentOf('5316').length).toBe(1)
    expect(el('#reserve-mode').textContent).toBe('固定金额：自留¥3,000.00')
    expect(el('#reserve-avail').textContent).toBe('家人现在最多可用：¥526.40')
  })

  it('keeps 30 %: 家人今年最多用到账户资金的70%', async () => {
    const app = createTestApp()
    await app.loginAs('张建国')
    await familyOf(app.scene, '张建国')
    app.render(<BindingPage />)
    await shows('#reserve-edit')
    tap('#reserve-edit')
    tap('#reserve-percent-input')
    type('#reserve-percent-input', '91')
    tap('#reserve-save')
    expect(el('#reserve-problem').textContent).toBe('请输入1至90之间的整数')
    type('#reserve-percent-input', '30')
    tap('#reserve-save')
    await waitFor(() => expect(el('#reserve-mode').textContent).toBe('按比例：自留¥1,057.92'))
    expect(el('#reserve-sentence').textContent).toBe(
      '家人今年最多用到账户资金的70%，其余30%只留给您自己。',
    )
  })

  it('shows the member each 共济人’s 可用额度, never the balance', async () => {
    const app = createTestApp()
    await app.loginAs('张伟')
    await familyOf(app.scene, '张建国', [['张伟', '子女']])
    await app.as('张建国', '5316', { mode: 'amount', value: 300000 })
    const { face_token } = await app.as('张伟', '9101', { pass: true })
    const family = await app.as('张建国', '5301', {})
    const id = family.family?.bindings[0].binding_id ?? ''
    await app.as('张伟', '5304', { binding_id: id, face_token })
    app.render(<BindingPage />)
    await shows(`#payer-${id}-avail`)
    expect(el(`#payer-${id}-avail`).textContent).toBe('可用额度：¥526.40')
    expect(screen.queryByText(/3,526\.40/)).toBeNull()
  })
})
