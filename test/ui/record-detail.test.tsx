import { screen, waitFor } from '@testing-library/react'

import RecordDetailPage from '../../src/packages/family/record-detail/index'
import { failure } from '../support/fake-transport'
import { CERT } from '../support/public/demo'
import { sharedStory } from '../support/scenes'
import { el, shows, tap } from '../support/screen'
import { createTestApp, mockTaro, navigation } from '../support/test-app'

function text(selector: string): string {
  return el(selector).textContent ?? ''
}

async function openDetail(name: '张建国' | '李秀兰' | '张浩然', pick: 'changes' | 'consumption') {
  const app = createTestApp()
  const story = await sharedStory(app.scene)
  await app.loginAs(name)
  const page =
    pick === 'changes'
      ? await app.store.services.records.changes({ kinds: ['共济支出'] })
      : await app.store.services.records.consumption({})
  const id = page.rows[0].id
  mockTaro.setRouterParams({ id })
  app.render(<RecordDetailPage />)
  await shows('#split-card')
  return { app, story, id }
}

describe('记录详情', () => {
  it('shows a 共济人 their 共济支出 entry and their own share of the split', async () => {
    const { story } = await openDetail('张建国', 'changes')
    expect(text('#detail-kind')).toBe('共济支出')
    expect(text('#detail-amount')).toBe('-¥100.00')
    expect(text('#detail-member')).toContain('张浩然')
    expect(text('#detail-balance')).toContain('¥3,426.40')
    expect(text('#split-patient')).toBe('就医人：张浩然')
    expect(text(`#split-line-${story.zhangBinding}`)).toContain('共济人 张建国¥100.00')
    // A1: only what his own account paid; nothing of 李秀兰's line, the cash or the whole bill.
    expect(document.querySelector(`#split-line-${story.liBinding}`)).toBeNull()
    expect(document.querySelector('#split-others')).toBeNull()
    expect(document.querySelector('#split-cash')).toBeNull()
    expect(text('#split-total')).toBe('您的账户支付¥100.00')
    expect(text('#split-card')).not.toContain('¥300.00')
  })

  it('shows the patient every 共济人 in deduction order, with why one paid nothing', async () => {
    const app = createTestApp()
    const story = await sharedStory(app.scene)
    // The limit is used up now: a second purchase skips 张建国 and says why.
    await app.as('张建国', '2207', {
      patient_certno: CERT.张浩然,
      credential_certno: CERT.张浩然,
      inst_type: '医院门诊',
      category: '诊疗',
      amount: 5000,
    })
    await app.loginAs('张浩然')
    const page = await app.store.services.records.consumption({})
    mockTaro.setRouterParams({ id: page.rows[0].id })
    app.render(<RecordDetailPage />)
    await shows('#split-card')
    const lines = Array.from(document.querySelectorAll('[id^=split-line-]')).map((n) => n.id)
    expect(lines).toEqual([`split-line-${story.zhangBinding}`, `split-line-${story.liBinding}`])
    expect(text(`#split-line-${story.zhangBinding}`)).toContain('¥0.00')
    expect(text(`#split-line-${story.zhangBinding}`)).toContain('未扣款：')
    expect(text(`#split-line-${story.liBinding}`)).toContain('¥50.00')
    expect(document.querySelector('#split-own')).toBeNull()
    expect(document.querySelector('#split-others')).toBeNull()
    expect(text('#detail-entry')).toContain('由家人共济和现金支付')
  })

  it('shows a refund next to the part it went back to', async () => {
    const app = createTestApp()
    const story = await sharedStory(app.scene)
    await app.as('张建国', '2208', { setl_id: story.settlement.setl_id, amount: 5000 })
    await app.loginAs('李秀兰')
    const page = await app.store.services.records.changes({ kinds: ['共济支出'] })
    mockTaro.setRouterParams({ id: page.rows[0].id })
    app.render(<RecordDetailPage />)
    await shows('#split-card')
    expect(text(`#split-line-${story.liBinding}`)).toContain('已退回 ¥50.00')
    expect(text('#detail-refunded')).toBe('本次结算已退费 ¥50.00')
  })

  it('shows loading, then the backend message and a retry on failure', async () => {
    const app = createTestApp()
    await app.loginAs('张建国')
    const page = await app.store.services.records.changes({})
    mockTaro.setRouterParams({ id: page.rows[0].id })
    app.transport.failWith = failure('E_NOT_FOUND')
    app.transport.hold()
    app.render(<RecordDetailPage />)
    expect(document.querySelector('#page-loading')).not.toBeNull()
    app.transport.release()
    await shows('#page-error')
    expect(screen.getByText(failure('E_NOT_FOUND').err_msg as string)).toBeTruthy()
    app.transport.failWith = null
    tap('#page-error-retry')
    await shows('#detail-entry')
    expect(document.querySelector('#split-card')).toBeNull()
    tap('#detail-back')
    await waitFor(() => expect(navigation.navigateBack).toHaveBeenCalled())
  })
})
