import type { InstType, ItemCategory } from '../../domain/api'
import { hasPersonalAccount } from '../../domain/insurance'
import { INITIAL_PIN } from '../../domain/pin-policy'
import { shanghaiDate } from '../../domain/shanghai-time'
import type { RequestContext } from '../context'
import { hashPin } from '../pin-hash'
import { keys } from '../state/keys'
import { appendLedger } from '../state/ledger'
import { nextNumber, savePerson } from '../state/persons'
import type { MetaRecord, PersonRecord, SettlementRecord } from '../state/records'
import { saveWallet } from '../state/wallets'
import { DEMO_PIN_HASHES } from './demo-pin-hashes'
import { DEMO_POPULATION, type DemoPerson } from './demo-population'

export const SEED_VERSION = 1

/** A Shanghai wall-clock time `monthsBack` months before the month of `now`. */
function shanghaiTime(now: number, monthsBack: number, day: number, hour: number): number {
  const [y, m] = shanghaiDate(now).split('-').map(Number)
  return Date.UTC(y, m - 1 - monthsBack, day, hour - 8, 5)
}

interface Purchase {
  monthsBack: number
  day: number
  instType: InstType
  category: ItemCategory
  instName: string
  share: number
}

const PURCHASES: readonly Purchase[] = [
  {
    monthsBack: 11,
    day: 8,
    instType: '零售药店',
    category: '药品',
    instName: '张仲景大药房',
    share: 0.2,
  },
  {
    monthsBack: 8,
    day: 15,
    instType: '医院门诊',
    category: '诊疗',
    instName: '郑州市第一人民医院',
    share: 0.3,
  },
  {
    monthsBack: 5,
    day: 12,
    instType: '零售药店',
    category: '医疗器械',
    instName: '老百姓大药房',
    share: 0.15,
  },
  {
    monthsBack: 3,
    day: 20,
    instType: '零售药店',
    category: '药品',
    instName: '张仲景大药房',
    share: 0.2,
  },
  {
    monthsBack: 1,
    day: 6,
    instType: '零售药店',
    category: '药品',
    instName: '大参林药房',
    share: 0.15,
  },
]

/** 张建军 is insured in 广州: his purchases are at 广州 outlets, in the same slots. */
const OUTLETS_BY_CITY: Record<'广州', readonly string[]> = {
  广州: [
    '采芝林药业连锁店',
    '广州市第一人民医院',
    '健民医药连锁',
    '采芝林药业连锁店',
    '大参林药房',
  ],
}

const BASE_SPEND = 21460

/** Writes the demo population with 24 months of history, ending at the documented balances. */
export function seedDemo(ctx: RequestContext): void {
  const meta: MetaRecord = {
    seedVersion: SEED_VERSION,
    clockOffsetMs: 0,
    counters: {},
    persons: DEMO_POPULATION.map((p) => p.certno),
  }
  ctx.uow.put(keys.meta, meta)
  DEMO_POPULATION.forEach((demo, index) => {
    const person: PersonRecord = {
      psnNo: `P${String(index + 1).padStart(4, '0')}`,
      name: demo.name,
      certno: demo.certno,
      insutype: demo.insutype,
      status: demo.status,
      admdvs: demo.admdvs,
      balance: 0,
      parents: [...demo.parents],
      spouse: demo.spouse,
      subsidised: demo.subsidised ?? false,
      premiumsPaid: [...demo.premiumsPaid],
      ledgerCount: 0,
    }
    if (hasPersonalAccount(demo.insutype)) {
      const pin = demo.pin ?? INITIAL_PIN
      person.pin = {
        hash: DEMO_PIN_HASHES[pin] ?? hashPin(pin, ctx.randomBytes),
        initial: demo.pin === undefined,
        failures: 0,
        lockedUntil: null,
      }
      savePerson(ctx, person)
      seedHistory(ctx, person, demo)
    } else {
      savePerson(ctx, person)
    }
    if (demo.walletOpened) {
      const openedAt = shanghaiTime(ctx.now, 2, 10, 9)
      saveWallet(ctx, { certno: demo.certno, openedAt, balance: 0, incoming: [] })
    }
  })
}

/** Months with a 划入: the last 24, up to a suspension (U4: the money already in stays theirs). */
function creditedMonthsBack(demo: DemoPerson): number[] {
  const stopped = demo.suspendedMonthsAgo ?? 0
  return Array.from({ length: 24 }, (_, i) => 23 - i).filter((back) => back >= stopped)
}

function seedHistory(ctx: RequestContext, person: PersonRecord, demo: DemoPerson): void {
  const months = (demo.monthlyCredit === 0 ? [] : creditedMonthsBack(demo)).filter(
    (back) => shanghaiTime(ctx.now, back, 1, 9) <= ctx.now,
  )
  const credits = demo.monthlyCredit * months.length
  const spend = Math.max(BASE_SPEND, credits - demo.balance)
  const opening = demo.balance - credits + spend
  type Event = { time: number; apply: () => void }
  const events: Event[] = []
  // Nothing carried over is no movement: a zero-amount row would only confuse the history.
  if (opening > 0) {
    events.push({
      time: shanghaiTime(ctx.now, 24, 1, 0),
      apply: () =>
        appendLedger(ctx, person, {
          time: shanghaiTime(ctx.now, 24, 1, 0),
          kind: '划入',
          amount: opening,
          summary: '个人账户上年结转',
        }),
    })
  }
  for (const back of months) {
    const time = shanghaiTime(ctx.now, back, 1, 9)
    events.push({
      time,
      apply: () =>
        appendLedger(ctx, person, {
          time,
          kind: '划入',
          amount: demo.monthlyCredit,
          summary: '个人账户月度划入',
        }),
    })
  }
  let allotted = 0
  PURCHASES.forEach((purchase, i) => {
    const amount =
      i === PURCHASES.length - 1 ? spend - allotted : Math.round(spend * purchase.share)
    allotted += amount
    const time = shanghaiTime(ctx.now, purchase.monthsBack, purchase.day, 10)
    const instName = demo.outletCity ? OUTLETS_BY_CITY[demo.outletCity][i] : purchase.instName
    const made = { ...purchase, instName }
    events.push({ time, apply: () => seedOwnPurchase(ctx, person, made, amount, time) })
  })
  events.sort((a, b) => a.time - b.time).forEach((e) => e.apply())
}

function seedOwnPurchase(
  ctx: RequestContext,
  person: PersonRecord,
  purchase: Purchase,
  amount: number,
  time: number,
): void {
  const id = `S${String(nextNumber(ctx, 'settlement')).padStart(8, '0')}`
  const record: SettlementRecord = {
    id,
    time,
    patient: person.certno,
    instType: purchase.instType,
    instName: purchase.instName,
    category: purchase.category,
    amount,
    own: amount,
    ownRefunded: 0,
    parts: [],
    cash: 0,
    cashRefunded: 0,
  }
  ctx.uow.put(keys.settlement(id), record)
  appendLedger(ctx, person, {
    time,
    kind: '本人消费',
    amount: -amount,
    summary: `${purchase.instName}（${purchase.instType}）· ${purchase.category}`,
    setlId: id,
  })
}
