import type {
  AnswerEnvelope,
  LedgerRowView,
  PremiumOptionsOutput,
  PremiumReceipt,
  RecordsPage,
  RequestEnvelope,
  SettlementView,
} from '../../src/domain/api'
import { HttpTransport } from '../../src/services/http-transport'
import { CERT, type PersonaName } from '../../test/support/public/demo'
import { nodeRequest } from '../../test/support/public/node-request'

/** One load-test device: its own msgids, its latencies, the shared tokens of the setup. */
export interface Account {
  name: PersonaName
  startBalance: number
  startRows: Set<string>
}

export interface Totals {
  /** setl_id → the settlement as answered: each must be charged exactly once. */
  settled: Map<string, SettlementView>
  premiums: PremiumReceipt[]
  repeats: number
  problems: string[]
}

const NEW_PIN = '135790'
const PATIENTS: PersonaName[] = ['张浩然', '李秀兰', '张建国']
const DEMO_TIME = '2026-11-23T14:05:00+08:00'

export class LoadClient {
  readonly latencies: number[] = []
  private readonly transport: HttpTransport
  private counter = 0
  tokens: Partial<Record<PersonaName, string>> = {}
  premium: { binding_id: string; year: number; amount: number } | null = null

  constructor(
    baseUrl: string,
    private readonly name: string,
    setup?: LoadClient,
  ) {
    this.transport = new HttpTransport({ baseUrl, request: nodeRequest, retries: 2 })
    if (setup) {
      this.tokens = setup.tokens
      this.premium = setup.premium
    }
  }

  envelope(infno: string, input: unknown, as?: PersonaName): RequestEnvelope {
    this.counter += 1
    const token = as ? this.tokens[as] : undefined
    const msgid = `${this.name}-${this.counter}-${Date.now().toString(36)}`
    return { infno, msgid, inf_time: DEMO_TIME, opter_type: '3', token, input }
  }

  async send(request: RequestEnvelope): Promise<AnswerEnvelope> {
    const started = performance.now()
    const answer = await this.transport.send(request)
    this.latencies.push(performance.now() - started)
    return answer
  }

  async ok<T>(infno: string, input: unknown, as?: PersonaName): Promise<T> {
    const answer = await this.send(this.envelope(infno, input, as))
    if (answer.infcode !== 0) throw new Error(`${infno} failed in setup: ${answer.err_msg}`)
    return answer.output as T
  }

  /** From the demo population: 张建国 shares with 张浩然 and 李秀兰 and has a PIN that may pay. */
  async prepareFamily(): Promise<Account[]> {
    await this.ok('9105', {})
    await this.ok('9103', { time: DEMO_TIME })
    for (const name of ['张建国', '李秀兰'] as const) {
      this.tokens[name] = (await this.ok<{ token: string }>('9001', { certno: CERT[name] })).token
    }
    await this.ok('5302', { pledge: true }, '张建国')
    await this.ok('5303', { psn_name: '张浩然', certno: CERT.张浩然, relation: '子女' }, '张建国')
    const spouse = await this.ok<{ binding: { binding_id: string; state: string } }>(
      '5303',
      { psn_name: '李秀兰', certno: CERT.李秀兰, relation: '配偶' },
      '张建国',
    )
    if (spouse.binding.state === 'pending') {
      const face = await this.ok<{ face_token: string }>('9101', {}, '李秀兰')
      const input = { binding_id: spouse.binding.binding_id, face_token: face.face_token }
      await this.ok('5304', input, '李秀兰')
    }
    await this.ok('5312', { old_pin: '000000', new_pin: NEW_PIN }, '张建国')
    const options = await this.ok<PremiumOptionsOutput>('5310', {}, '张建国')
    const payable = options.members.find((m) => m.payable)
    if (payable) {
      this.premium = {
        binding_id: payable.binding_id,
        year: options.year,
        amount: options.standard,
      }
    }
    const accounts: Account[] = []
    for (const name of ['张建国', '李秀兰'] as const) {
      const startBalance = await this.balance(name)
      accounts.push({
        name,
        startBalance,
        startRows: new Set((await this.rows(name)).map((r) => r.id)),
      })
    }
    return accounts
  }

  async balance(name: PersonaName): Promise<number> {
    return (await this.ok<{ balc: number }>('1101', {}, name)).balc
  }

  async rows(name: PersonaName): Promise<LedgerRowView[]> {
    const rows: LedgerRowView[] = []
    let cursor: string | null = null
    do {
      const input: Record<string, unknown> = cursor ? { limit: 50, cursor } : { limit: 50 }
      const page: RecordsPage = await this.ok<RecordsPage>('5313', input, name)
      rows.push(...page.rows)
      cursor = page.next_cursor
    } while (cursor)
    return rows
  }

  async run(rounds: number, deadline: number, totals: Totals): Promise<void> {
    for (let round = 0; round < rounds && Date.now() < deadline; round += 1) {
      const roll = Math.random()
      if (roll < 0.55) await this.settle(totals, Math.random() < 0.25)
      else if (roll < 0.7) await this.payPremium(totals)
      else if (roll < 0.85) await this.settleTwiceAtOnce(totals)
      else await this.send(this.envelope('1101', {}, '张建国'))
    }
  }

  /** A random settlement envelope (a fresh msgid), as a pharmacy's terminal would send. */
  settlement(): RequestEnvelope {
    const patient = PATIENTS[Math.floor(Math.random() * PATIENTS.length)]
    return this.envelope('2207', {
      patient_certno: CERT[patient],
      credential_certno: CERT[patient],
      inst_type: '零售药店',
      category: '药品',
      amount: 100 + Math.floor(Math.random() * 20_000),
    })
  }

  /** A settlement, and with `repeat` the same envelope again, as after a lost answer. */
  private async settle(totals: Totals, repeat: boolean): Promise<void> {
    const request = this.settlement()
    const answer = await this.send(request)
    record(answer, request, totals)
    if (!repeat) return
    sameAnswer(answer, await this.send(request), request, totals)
  }

  /** The same envelope from two connections at once: one runs, the other gets its answer. */
  private async settleTwiceAtOnce(totals: Totals): Promise<void> {
    const request = this.settlement()
    const [a, b] = await Promise.all([this.send(request), this.send(request)])
    record(a, request, totals)
    sameAnswer(a, b, request, totals)
  }

  private async payPremium(totals: Totals): Promise<void> {
    if (!this.premium) return
    const answer = await this.send(
      this.envelope('5311', { ...this.premium, pin: NEW_PIN }, '张建国'),
    )
    if (answer.infcode === 0) totals.premiums.push(answer.output as PremiumReceipt)
    else if (answer.err_code !== 'E_ALREADY_PAID' && answer.err_code !== 'E_BALANCE') {
      totals.problems.push(`premium.pay answered ${answer.err_code}`)
    }
  }
}

export function record(answer: AnswerEnvelope, request: RequestEnvelope, totals: Totals): void {
  if (answer.infcode !== 0) {
    totals.problems.push(`settlement ${request.msgid} answered ${answer.err_code}`)
    return
  }
  const view = answer.output as SettlementView
  if (totals.settled.has(view.setl_id)) totals.problems.push(`${view.setl_id} answered twice`)
  totals.settled.set(view.setl_id, view)
}

function sameAnswer(
  a: AnswerEnvelope,
  b: AnswerEnvelope,
  request: RequestEnvelope,
  totals: Totals,
) {
  if (JSON.stringify(a) === JSON.stringify(b)) totals.repeats += 1
  else totals.problems.push(`msgid ${request.msgid} answered differently when repeated`)
}

/**
 * The account's new ledger rows add up to the change of its balance, their running balances
 * chain, and they match what the settlement and premium answers said this account paid.
 */
export async function balancesReconcile(setup: LoadClient, account: Account, totals: Totals) {
  const final = await setup.balance(account.name)
  const rows = (await setup.rows(account.name)).sort((a, b) => seqOf(a) - seqOf(b))
  const fresh = rows.filter((row) => !account.startRows.has(row.id))
  const moved = fresh.reduce((sum, row) => sum + row.amount, 0)
  const problem = (text: string) => totals.problems.push(`${account.name}: ${text}`)
  if (account.startBalance + moved !== final) problem(`balance ${final} ≠ start + ledger`)
  rows.slice(1).forEach((row, i) => {
    if (rows[i].balc_after + row.amount !== row.balc_after)
      problem(`row ${row.id} breaks the chain`)
  })
  if (rows.length > 0 && rows[rows.length - 1].balc_after !== final) problem('last row ≠ balance')
  let charged = 0
  totals.settled.forEach((view) => {
    if (view.patient.psn_name === account.name) charged += view.acct_pay
    view.lines.forEach((line) => {
      if (line.payer.psn_name === account.name) charged += line.amount
    })
  })
  if (account.name === '张建国') totals.premiums.forEach((p) => (charged += p.amount))
  if (account.startBalance - charged !== final) problem(`answers charged ${charged}, not once`)
}

function seqOf(row: LedgerRowView): number {
  return Number(row.id.slice(row.id.lastIndexOf('-') + 1))
}
