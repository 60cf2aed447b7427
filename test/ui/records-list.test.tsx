import { fireEvent, screen, waitFor } from '@testing-library/react'

import type { RecordsQueryInput } from '../../src/domain/api'
import RecordsPage from '../../src/packages/family/records/index'
import { routes } from '../../src/platform/navigation'
import { failure } from '../support/fake-transport'
import { CERT } from '../support/public/demo'
import { familyOf } from '../support/scenes'
import { el, shows, tap } from '../support/screen'
import { createTestApp, navigation, type TestApp } from '../support/test-app'

/** Row ids on screen, top to bottom (rows are placed by `top`, so sort by it). */
function renderedRowIds(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.record-row'))
    .map((row) => ({ id: row.id, top: parseFloat(row.parentElement?.style.top ?? '0') }))
    .sort((a, b) => a.top - b.top)
    .map((r) => r.id.replace(/^row-/, ''))
}

/** Makes only one transaction fail, as a backend error for that query would. */
function failOnly(app: TestApp, infno: string) {
  const send = app.transport.send.bind(app.transport)
  let on = true
  app.transport.send = (request) =>
    on && request.infno === infno
      ? Promise.resolve({ ...failure('E_FORBIDDEN'), inf_refmsgid: request.msgid })
      : send(request)
  return {
    stop() {
      on = false
    },
  }
}

function queries(app: TestApp, infno: '5313' | '5314'): RecordsQueryInput[] {
  return app.transport.sent
    .filter((r) => r.infno === infno)
    .map((r) => r.input as RecordsQueryInput)
}

async function openAs(
  name: '张建国' | '张浩然' | '李秀兰' | '张雨萱',
  setup?: (app: TestApp) => Promise<void>,
) {
  const app = createTestApp()
  if (setup) await setup(app)
  await app.loginAs(name)
  app.render(<RecordsPage />)
  return app
}

async function firstRows() {
  await waitFor(() => expect(document.querySelectorAll('.record-row').length).toBeGreaterThan(0))
}

/** 张建国 binds 张浩然 (12, active at once); 张浩然 buys ¥120.00 of medicine at a pharmacy. */
async function sharedPurchase(app: TestApp): Promise<string> {
  const [bindingId] = await familyOf(app.scene, '张建国', [['张浩然', '子女']])
  await app.as('张建国', '2207', {
    patient_certno: CERT.张浩然,
    credential_certno: CERT.张浩然,
    inst_type: '零售药店',
    category: '药品',
    amount: 12000,
  })
  return bindingId
}

describe('共济查询: tabs', () => {
  it('opens on 账户变动, newest first, and switches to 消费记录', async () => {
    const app = await openAs('张建国')
    await firstRows()
    expect(el('#tab-changes').className).toContain('records__tab--on')
    const changes = app.store.records.changes.rows
    const times = changes.map((r) => r.time)
    expect([...times].sort().reverse()).toEqual(times)
    expect(renderedRowIds()[0]).toBe(changes[0].id)
    tap('#tab-consumption')
    await waitFor(() => expect(app.store.records.consumption.rows.length).toBeGreaterThan(0))
    expect(el('#tab-consumption').className).toContain('records__tab--on')
    expect(renderedRowIds()[0]).toBe(app.store.records.consumption.rows[0].id)
    expect(screen.getAllByText(/个人账户 ¥/).length).toBeGreaterThan(0)
    // Back to 账户变动: its rows were loaded for the same filters, so nothing is asked again.
    const before = queries(app, '5313').length
    tap('#tab-changes')
    expect(queries(app, '5313').length).toBe(before)
    expect(renderedRowIds()[0]).toBe(changes[0].id)
  })

  it('opens a row’s detail', async () => {
    const app = await openAs('张建国')
    await firstRows()
    const first = app.store.records.changes.rows[0]
    tap(`#row-${first.id}`)
    expect(navigation.navigateTo).toHaveBeenCalledWith({
      url: `${routes.recordDetail}?id=${encodeURIComponent(first.id)}`,
    })
  })
})

describe('共济查询: filters', () => {
  it('filters by type: only that kind is asked for and shown', async () => {
    const app = await openAs('张建国')
    await firstRows()
    tap('#filter-kind')
    tap('#kind-in')
    await waitFor(() => expect(app.store.records.changes.loading).toBe(false))
    expect(queries(app, '5313').at(-1)?.kinds).toEqual(['划入'])
    expect(app.store.records.changes.rows.every((r) => r.kind === '划入')).toBe(true)
    expect(el('#filter-kind').textContent).toContain('划入')
    expect(document.querySelector('#panel-kind')).toBeNull()
  })

  it('filters by time: a preset and picked dates', async () => {
    const app = await openAs('张建国')
    await firstRows()
    tap('#filter-time')
    tap('#time-3m')
    await waitFor(() => expect(app.store.records.changes.loading).toBe(false))
    const query = queries(app, '5313').at(-1)
    expect(query?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(query?.to).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    tap('#filter-time')
    fireEvent.change(el('#date-from'), { target: { value: '2025-03-01' } })
    fireEvent.change(el('#date-to'), { target: { value: '2025-03-31' } })
    await waitFor(() => expect(queries(app, '5313').at(-1)?.to).toBe('2025-03-31'))
    await waitFor(() => expect(app.store.records.changes.loading).toBe(false))
    expect(queries(app, '5313').at(-1)).toMatchObject({ from: '2025-03-01', to: '2025-03-31' })
    const rows = app.store.records.changes.rows
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r.time.startsWith('2025-03'))).toBe(true)
    expect(el('#time-range').textContent).toBe('2025-03-01 至 2025-03-31')
  })

  it('filters by member, from the family list', async () => {
    let bindingId = ''
    const app = await openAs('张建国', async (a) => {
      bindingId = await sharedPurchase(a)
    })
    await firstRows()
    await waitFor(() => el('#filter-member'))
    tap('#filter-member')
    tap(`#member-${bindingId}`)
    await waitFor(() => expect(queries(app, '5313').at(-1)?.binding_id).toBe(bindingId))
    await waitFor(() => expect(app.store.records.changes.loading).toBe(false))
    const rows = app.store.records.changes.rows
    expect(rows.map((r) => [r.kind, r.member?.psn_name, r.amount])).toEqual([
      ['共济支出', '张浩然', -12000],
    ])
    expect(el(`#row-${rows[0].id}`).textContent).toContain('共济支出 · 张浩然')
    expect(el('#filter-member').textContent).toContain('张浩然')
  })

  it('a filter with no rows says so and offers to clear it', async () => {
    const app = await openAs('张建国')
    await firstRows()
    tap('#filter-kind')
    tap('#kind-refund')
    await shows('#page-empty')
    expect(screen.getByText('没有符合筛选条件的记录。')).toBeTruthy()
    tap('#clear-filters')
    await firstRows()
    expect(queries(app, '5313').at(-1)).toEqual({ limit: 30 })
  })
})

describe('共济查询: paging', () => {
  it('draws only the rows near the screen and appends pages without duplicates', async () => {
    const app = await openAs('张建国', async (a) => {
      await a.as('张建国', '9104', { certno: CERT.张建国, count: 400 })
    })
    await firstRows()
    const listing = app.store.records.changes
    expect(listing.rows.length).toBe(30)
    // 375 × 667 screen: 9 rows visible, 6 either side, and a step of 4: 25 row views at most.
    expect(document.querySelectorAll('.record-row').length).toBeLessThanOrEqual(25)
    const list = el('#records-list')
    for (let top = 0; top <= 300 * 75; top += 600) {
      fireEvent.scroll(list, { target: { scrollTop: top } })
      await waitFor(() => expect(listing.loadingMore).toBe(false))
    }
    expect(listing.rows.length).toBeGreaterThanOrEqual(300)
    const ids = listing.rows.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    const times = listing.rows.map((r) => r.time)
    expect([...times].sort().reverse()).toEqual(times)
    const drawn = renderedRowIds()
    expect(drawn.length).toBeLessThanOrEqual(25)
    // At scrollTop 300 rows down, the drawn window holds row 300.
    expect(drawn).toContain(ids[300])
    expect(drawn).not.toContain(ids[0])
  })

  it('never asks for the same page twice while one is on its way', async () => {
    const app = await openAs('张建国', async (a) => {
      await a.as('张建国', '9104', { certno: CERT.张建国, count: 200 })
    })
    await firstRows()
    app.transport.hold()
    const list = el('#records-list')
    fireEvent.scroll(list, { target: { scrollTop: 1500 } })
    fireEvent.scroll(list, { target: { scrollTop: 1600 } })
    tap('#list-loading-more')
    expect(queries(app, '5313').filter((q) => q.cursor).length).toBe(1)
    expect(el('#list-loading-more').textContent).toBe('正在加载更多…')
    app.transport.release()
    await waitFor(() => expect(app.store.records.changes.rows.length).toBe(60))
  })

  it('a filter change while a page is on its way drops that page', async () => {
    const app = await openAs('张建国', async (a) => {
      await a.as('张建国', '9104', { certno: CERT.张建国, count: 200 })
    })
    await firstRows()
    app.transport.hold()
    fireEvent.scroll(el('#records-list'), { target: { scrollTop: 1500 } })
    tap('#filter-kind')
    tap('#kind-own')
    app.transport.release()
    await waitFor(() => expect(app.store.records.changes.loading).toBe(false))
    await waitFor(() => expect(app.store.records.changes.loadingMore).toBe(false))
    expect(app.store.records.changes.rows.every((r) => r.kind === '本人消费')).toBe(true)
  })
})

describe('共济查询: loading, empty and error', () => {
  it('shows loading until the first page arrives', async () => {
    const app = createTestApp()
    await app.loginAs('张建国')
    app.transport.hold()
    app.render(<RecordsPage />)
    expect(document.querySelector('#page-loading')).not.toBeNull()
    app.transport.release()
    await firstRows()
    expect(document.querySelector('#page-loading')).toBeNull()
  })

  it('starts a 390 resident on 消费记录; 账户变动 says there is no account', async () => {
    const app = await openAs('张浩然', async (a) => {
      await sharedPurchase(a)
    })
    await firstRows()
    expect(el('#tab-consumption').className).toContain('records__tab--on')
    const row = app.store.records.consumption.rows[0]
    expect(el(`#row-${row.id}`).textContent).toContain('家人共济 ¥120.00')
    tap('#tab-changes')
    await shows('#go-consumption')
    expect(
      screen.getByText('您没有个人账户，所以没有账户变动。家人为您支付的费用请看“消费记录”。'),
    ).toBeTruthy()
    tap('#go-consumption')
    expect(el('#tab-consumption').className).toContain('records__tab--on')
  })

  it('an empty 消费记录 says what will appear there and offers 共济绑定', async () => {
    await openAs('张雨萱')
    await shows('#go-binding')
    expect(screen.getByText(/暂无消费记录。在定点医院、药店结算后/)).toBeTruthy()
    tap('#go-binding')
    expect(navigation.navigateTo).toHaveBeenCalledWith({ url: routes.binding })
  })

  it('shows the backend message with a retry when the first page fails', async () => {
    const app = createTestApp()
    await app.loginAs('张建国')
    const failing = failOnly(app, '5313')
    app.render(<RecordsPage />)
    await shows('#page-error')
    expect(screen.getByText('您无权进行此操作。')).toBeTruthy()
    expect(el('#balance-value').textContent).toBe('¥3,526.40')
    failing.stop()
    tap('#page-error-retry')
    await firstRows()
  })

  it('keeps the rows when a later page fails, and retries that page', async () => {
    const app = await openAs('张建国', async (a) => {
      await a.as('张建国', '9104', { certno: CERT.张建国, count: 100 })
    })
    await firstRows()
    app.transport.failWith = failure('E_FORBIDDEN')
    tap('#list-more')
    await shows('#list-more-error')
    expect(app.store.records.changes.rows.length).toBe(30)
    app.transport.failWith = null
    tap('#list-more-retry')
    await waitFor(() => expect(app.store.records.changes.rows.length).toBeGreaterThan(30))
  })
})
