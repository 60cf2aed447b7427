/**
 * setData benchmark on the compiled WeChat build: 张建国 gets 10,000 generated rows through the
 * 测试工具 page, then 共济查询's 账户变动 is scrolled from the top to the last row, loading every
 * page on the way. Reports the largest setData payload (UTF-8 JSON bytes) sent while paging,
 * how many row views were drawn at most, and how long it took.
 * Run after `flock /tmp/taro-build.lock npm run build:weapp`: npx tsx scripts/bench-setdata.ts
 */
import { performance } from 'node:perf_hooks'

import {
  fireEvent,
  launchWeapp,
  loginAs,
  type MiniApp,
  type MiniPage,
  styleOf,
} from '../test/support/public/mini-program'

const RECORDS = 'packages/family/records/index'
const QA_TOOLS = 'packages/qa/tools/index'
/** Row height of 账户变动 in design px (src/packages/family/records/record-rows.tsx). */
const ROW_DESIGN_PX = 150
const DESIGN_WIDTH = 750
/** miniprogram-simulate's window (getWindowInfo). */
const WINDOW = { width: 428, height: 835 }

export interface SetDataBenchResult {
  generated: number
  rowsLoaded: number
  scrollEvents: number
  /** setData calls while paging (after the first page was on screen). */
  setDataCalls: number
  largestPagingBytes: number
  largestInitialBytes: number
  mostRowViews: number
  pagingMs: number
}

/** miniprogram-simulate renders into a DOM: outside jest, give it one. */
async function ensureDom(): Promise<void> {
  if (typeof document !== 'undefined') return
  const { JSDOM } = await import('jsdom')
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    url: 'http://localhost/',
    pretendToBeVisual: true,
  })
  const globals = globalThis as unknown as Record<string, unknown>
  const window = dom.window as unknown as Record<string, unknown>
  // Node has its own Event and EventTarget; the simulator needs the DOM's.
  const domOwned = /Event|Node|Element|^HTML|^SVG|^Document|^DOM|^Mutation/
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key.startsWith('_') || (key in globals && !domOwned.test(key))) continue
    globals[key] = window[key]
  }
  globals.window = window
  globals.document = window.document
}

async function generate(app: MiniApp, count: number): Promise<void> {
  const tools = await app.open(QA_TOOLS)
  await tools.waitFor('#generate-person-persona-1')
  // 张建国 is the first persona of the demo population.
  await tools.tap('#generate-person-persona-1')
  await tools.input('#generate-count', String(count))
  await tools.tap('#generate-submit')
  await tools.waitForText('#generate-result', `条记录`, { timeout: 120_000 })
}

function bodyHeight(page: MiniPage): number {
  const match = /height:\s*([\d.]+)px/.exec(styleOf(page, '.virtual-list__body'))
  return match ? Number(match[1]) : 0
}

/**
 * Scrolls 账户变动 a screen at a time to the very last row; returns what setData carried.
 * `launch` is the harness's launchWeapp (a jest test imports it at file level, as its hooks need).
 */
export async function measureRecordsPagingSetData(
  launch: () => Promise<MiniApp>,
  count = 10_000,
): Promise<SetDataBenchResult> {
  const app = await launch()
  try {
    await loginAs(app, '张建国')
    await generate(app, count)
    const records = await app.open(RECORDS)
    await records.waitFor('.record-row', { timeout: 10_000 })
    const initial = records.setDataSizes.length
    const rowPx = (ROW_DESIGN_PX * WINDOW.width) / DESIGN_WIDTH
    const step = Math.floor(WINDOW.height / rowPx) * rowPx
    let top = 0
    let events = 0
    let mostRowViews = records.texts('.record-row').length
    const started = performance.now()
    for (;;) {
      const max = Math.max(0, bodyHeight(records) - WINDOW.height)
      top = Math.min(top + step, max)
      await fireEvent(records, '#records-list', 'scroll', { scrollTop: top, scrollHeight: max })
      events += 1
      mostRowViews = Math.max(mostRowViews, records.texts('.record-row').length)
      if (records.exists('#list-loading-more')) {
        await records.waitForGone('#list-loading-more', { timeout: 10_000 })
      }
      if (records.exists('#list-more-error')) throw new Error(records.text('#list-more-error'))
      if (top >= max && records.exists('#list-end')) break
    }
    const pagingMs = performance.now() - started
    const paging = records.setDataSizes.slice(initial)
    const end = records.text('#list-end')
    return {
      generated: count,
      rowsLoaded: Number(/(\d+)/.exec(end)?.[1] ?? 0),
      scrollEvents: events,
      setDataCalls: paging.length,
      largestPagingBytes: Math.max(0, ...paging),
      largestInitialBytes: Math.max(0, ...records.setDataSizes.slice(0, initial)),
      mostRowViews,
      pagingMs,
    }
  } finally {
    app.close()
  }
}

export function describeSetDataBench(r: SetDataBenchResult): string {
  return [
    `setData bench (compiled WeChat, 共济查询 账户变动, ${r.generated} generated rows):`,
    `  rows loaded ${r.rowsLoaded} in ${r.scrollEvents} scroll events, ${(r.pagingMs / 1000).toFixed(1)} s`,
    `  largest setData while paging: ${r.largestPagingBytes} B (${r.setDataCalls} calls)`,
    `  largest setData before paging (first page on screen): ${r.largestInitialBytes} B`,
    `  row views drawn at most: ${r.mostRowViews}`,
  ].join('\n')
}

/** Outside jest: a DOM for the simulator first, then the harness. */
export async function runSetDataBench(count = 10_000): Promise<SetDataBenchResult> {
  await ensureDom()
  return measureRecordsPagingSetData(() => launchWeapp(), count)
}

if (require.main === module) {
  runSetDataBench()
    .then((result) => console.log(describeSetDataBench(result)))
    .catch((error: unknown) => {
      console.error(error)
      process.exitCode = 1
    })
}
