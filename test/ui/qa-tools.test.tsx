import { fireEvent, screen, waitFor } from '@testing-library/react'

import QaToolsPage from '../../src/packages/qa/tools/index'
import { CERT } from '../support/public/demo'
import { familyOf, sharedStory } from '../support/scenes'
import { el, shows, tap, type } from '../support/screen'
import { createTestApp, mockTaro, showModal, showToast, type TestApp } from '../support/test-app'

function text(selector: string): string {
  return el(selector).textContent ?? ''
}

/** Taps the chip (or listed option) of a choice row whose words are `label`. */
function pick(selector: string, label: string): void {
  const options = Array.from(
    el(selector).querySelectorAll<HTMLElement>('.qa-form__chip, .qa-form__option'),
  )
  const found =
    options.find((o) => o.textContent === label) ??
    options.find((o) => (o.textContent ?? '').includes(label))
  if (!found) throw new Error(`no choice ${label} in ${selector}`)
  fireEvent.click(found)
}

function sentCount(app: TestApp, infno: string): number {
  return app.transport.sent.filter((r) => r.infno === infno).length
}

async function openTools(setup?: (app: TestApp) => Promise<unknown>) {
  const app = createTestApp()
  if (setup) await setup(app)
  await app.loginAs('张建国')
  app.render(<QaToolsPage />)
  await waitFor(() => expect(app.store.qa?.personas.length).toBeGreaterThan(0))
  return app
}

async function balanceOf(app: TestApp, name: '李秀兰' | '张建国' | '张伟'): Promise<number | null> {
  return (await app.as(name, '1101', {})).balc
}

describe('测试工具', () => {
  it('lists the tools by their copy-deck names, and never a full ID number', async () => {
    await openTools()
    for (const title of [
      '模拟就医结算',
      '模拟退费',
      '变更参保状态',
      '调整系统日期',
      '生成大量记录',
    ]) {
      expect(screen.getByText(title)).toBeTruthy()
    }
    expect(screen.getAllByText('重置演示数据').length).toBe(2)
    for (const certno of Object.values(CERT)) {
      expect(document.body.innerHTML).not.toContain(certno)
    }
  })

  it('模拟就医结算: the patient’s own credential by default, then the split', async () => {
    let story = { zhang: '', li: '' }
    const app = await openTools(async (a) => {
      const [zhang] = await familyOf(a.scene, '张建国', [['张浩然', '子女']])
      const [li] = await familyOf(a.scene, '李秀兰', [['张浩然', '子女']])
      await a.as('张建国', '5307', { binding_id: zhang, annual_limit: 10000 })
      story = { zhang, li }
    })
    tap('#settle-submit')
    expect(text('#settle-error')).toBe('请选择就医人。')
    pick('#settle-patient', '张浩然')
    pick('#settle-inst', '零售药店')
    pick('#settle-category', '药品')
    type('#settle-amount', '300')
    app.transport.hold()
    tap('#settle-submit')
    tap('#settle-submit')
    app.transport.release()
    await shows('#split-card')
    expect(sentCount(app, '2207')).toBe(1)
    const input = app.transport.sent.find((r) => r.infno === '2207')?.input
    expect(input).toMatchObject({ amount: 30000, inst_type: '零售药店', category: '药品' })
    expect(input).not.toHaveProperty('patient_certno')
    expect(text(`#split-line-${story.zhang}`)).toContain('共济人 张建国¥100.00')
    expect(text(`#split-line-${story.li}`)).toContain('共济人 李秀兰¥200.00')
    expect(text('#split-cash')).toContain('¥0.00')
    // The new settlement is offered for a refund right away.
    await shows('#refund-settlement')
  })

  it('模拟就医结算: someone else’s credential and an item outside the scope are refused', async () => {
    await openTools()
    pick('#settle-patient', '张伟')
    type('#settle-amount', '20')
    pick('#settle-credential', '张建国的')
    tap('#settle-submit')
    await waitFor(() =>
      expect(text('#settle-error')).toBe('请使用就医人本人的医保电子凭证或社保卡结算。'),
    )
    pick('#settle-credential', '就医人本人的')
    pick('#settle-category', '保健品')
    tap('#settle-submit')
    await waitFor(() =>
      expect(text('#settle-error')).toBe('该费用不属于个人账户支付范围，不能使用共济资金支付。'),
    )
    expect(document.querySelector('#split-card')).toBeNull()
  })

  it('模拟退费: a partial refund goes back to the last 共济人 first', async () => {
    const app = await openTools((opened) => sharedStory(opened.scene))
    const before = await balanceOf(app, '李秀兰')
    await shows('#refund-settlement')
    pick('#refund-settlement', '张浩然')
    expect(text('#refund-refundable')).toContain('还可退 ¥300.00')
    tap('#refund-partial')
    type('#refund-amount', '50')
    tap('#refund-submit')
    await shows('#refund-result')
    expect(text('#refund-result')).toContain('已退费 ¥50.00')
    expect(text('#refund-result')).toContain('退回共济人 李秀兰 的个人账户 ¥50.00')
    expect(text('#refund-result')).toContain('该结算还可退 ¥250.00')
    expect(await balanceOf(app, '李秀兰')).toBe((before ?? 0) + 5000)
    await waitFor(() => expect(text('#refund-refundable')).toContain('还可退 ¥250.00'))
    tap('#refund-full')
    tap('#refund-submit')
    await waitFor(() => expect(text('#refund-result')).toContain('已退费 ¥250.00'))
    // Fully refunded, it is no longer offered.
    await waitFor(() => expect(text('#refund-settlement')).not.toContain('张浩然'))
  })

  it('模拟退费: more than is left is refused with the backend’s message', async () => {
    const app = await openTools((opened) => sharedStory(opened.scene))
    await shows('#refund-settlement')
    pick('#refund-settlement', '张浩然')
    tap('#refund-partial')
    type('#refund-amount', '400')
    tap('#refund-submit')
    await waitFor(() =>
      expect(text('#refund-error')).toBe('退费金额不能超过原结算金额中未退部分（¥300.00）。'),
    )
    expect(sentCount(app, '2208')).toBe(1)
  })

  it('变更参保状态: a new status, and a move out of Henan that ends bindings', async () => {
    const app = await openTools(async (a) => {
      await familyOf(a.scene, '张建国', [['张浩然', '子女']])
    })
    tap('#status-submit')
    expect(text('#status-error')).toBe('请选择人员。')
    pick('#status-person', '刘强')
    tap('#status-submit')
    expect(text('#status-error')).toBe('请选择新的参保状态或参保地。')
    pick('#status-status', '正常参保')
    tap('#status-submit')
    await shows('#status-result')
    expect(text('#status-result')).toContain('已变更刘强的参保信息')
    expect(text('#status-result')).toContain('没有共济关系因此解除')
    expect((await app.as('刘强', '1101', {})).psn_insu_stas).toBe('1')
    pick('#status-person', '张浩然')
    pick('#status-status', '不变')
    pick('#status-place', '广州市')
    tap('#status-submit')
    await waitFor(() => expect(text('#status-result')).toContain('自动解除了 1 个共济关系'))
    await waitFor(() => expect(text('#status-current')).toContain('正常参保，参保地广州市'))
  })

  it('调整系统日期: moves the backend clock and puts it back', async () => {
    const app = await openTools()
    await waitFor(() => expect(text('#clock-now')).toContain('（真实时间）'))
    type('#clock-date', '2026-13-31')
    tap('#clock-set')
    expect(text('#clock-error')).toBe('没有这个日期或时间，请核对。')
    type('#clock-date', '2026-12-31')
    type('#clock-time', '10:30')
    tap('#clock-set')
    await waitFor(() => expect(text('#clock-now')).toBe('后端当前时间：2026-12-31 10:30（已调整）'))
    expect(app.transport.sent.find((r) => r.infno === '9103')?.input).toEqual({
      time: '2026-12-31T10:30:00+08:00',
    })
    tap('#clock-real')
    await waitFor(() => expect(text('#clock-now')).toContain('（真实时间）'))
  })

  it('生成大量记录: only account holders, then the count and the balance', async () => {
    const app = await openTools()
    expect(text('#generate-person')).toContain('张伟')
    expect(text('#generate-person')).not.toContain('张浩然')
    type('#generate-count', '0')
    pick('#generate-person', '张伟')
    tap('#generate-submit')
    expect(text('#generate-error')).toBe('请输入 1 到 100000 之间的条数。')
    type('#generate-count', '500')
    tap('#generate-submit')
    await shows('#generate-result')
    expect(text('#generate-result')).toContain('已为张伟生成 500 条记录')
    const balance = await balanceOf(app, '张伟')
    expect(text('#generate-result')).toContain(
      `¥${((balance ?? 0) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
    )
  })

  it('重置演示数据: asks first; cancelling changes nothing, confirming restores the demo', async () => {
    const app = await openTools((opened) => sharedStory(opened.scene))
    mockTaro.answerModals(false)
    tap('#reset-submit')
    await waitFor(() => expect(showModal).toHaveBeenCalled())
    expect(sentCount(app, '9105')).toBe(0)
    mockTaro.answerModals(true)
    tap('#reset-submit')
    await shows('#reset-result')
    expect(sentCount(app, '9105')).toBe(1)
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '演示数据已重置' }))
    expect((await app.as('张建国', '5301', {})).family).toBeNull()
    await waitFor(() => expect(text('#refund-settlement')).not.toContain('张浩然'))
  })
})
