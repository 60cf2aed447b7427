import { makeAutoObservable, runInAction } from 'mobx'

import type { InputOf, TransferView, WalletTransferOutput, WalletView } from '../domain/api'
import { type Fen, formatYuan, parseYuan } from '../domain/money'
import type { WalletService } from '../services/wallet-service'
import { AddMemberForm } from './add-member-form'
import type { FaceCheckStore } from './face-check-store'
import { isUnanswered } from './premium-store'
import type { SessionStore } from './session-store'
import { type ApiError, Task } from './task'

export type TransferResult =
  { kind: 'sent'; output: WalletTransferOutput } | { kind: 'refused'; error: ApiError }

export type TransferOutcome = 'sent' | 'pin-wrong' | 'refused'

/**
 * 跨省共济（医保钱包）: the own wallet, 确认收款, and transfers to relatives in any province. The
 * PIN is an argument of the one request that needs it, never kept.
 */
export class WalletStore {
  view: WalletView | null = null
  amountText = ''
  result: TransferResult | null = null
  readonly recipient: AddMemberForm
  private attempt: { key: string; msgid: string } | null = null

  readonly loadTask = new Task(() => this.service.wallet())
  readonly openTask = new Task((token: string) => this.service.open(token))
  readonly acceptTask = new Task((id: string) => this.service.accept(id))
  readonly transferTask = new Task((input: InputOf<'5322'>, msgid: string) =>
    this.service.transfer(input, msgid),
  )

  constructor(
    private readonly service: WalletService,
    private readonly faceCheck: FaceCheckStore,
    private readonly session: SessionStore,
    today: () => string,
  ) {
    this.recipient = new AddMemberForm(today)
    makeAutoObservable<WalletStore, 'service' | 'faceCheck' | 'session' | 'attempt'>(this, {
      service: false,
      faceCheck: false,
      session: false,
      attempt: false,
      recipient: false,
      loadTask: false,
      openTask: false,
      acceptTask: false,
      transferTask: false,
    })
  }

  async load(): Promise<void> {
    const view = await this.loadTask.run()
    if (view) runInAction(() => (this.view = view))
  }

  /** W1: the citizen's own face check, then 5321. */
  async open(): Promise<boolean> {
    const token = await this.faceCheck.verify('开通医保钱包')
    if (token === null) return false
    const view = await this.openTask.run(token)
    if (view) runInAction(() => (this.view = view))
    return view !== undefined
  }

  get pendingIn(): TransferView[] {
    return (this.view?.transfers_in ?? []).filter((t) => t.state === 'pending')
  }

  /** W3: 确认收款; the wallet as it is afterwards. */
  async accept(id: string): Promise<boolean> {
    const answer = await this.acceptTask.run(id)
    if (answer) runInAction(() => (this.view = answer.wallet))
    return answer !== undefined
  }

  /** Only a 共济人 with a personal account can send (S1). */
  get canSend(): boolean {
    return this.view?.acct_balc !== null && this.view?.acct_balc !== undefined
  }

  setAmountText(text: string): void {
    this.amountText = text
  }

  get amount(): Fen | null {
    const amount = parseYuan(this.amountText)
    return amount !== null && amount > 0 ? amount : null
  }

  /** What is still missing or wrong before the PIN is asked for, in the order of the fields. */
  get problem(): string | null {
    const missing = this.recipient.missing
    if (missing) return missing
    const amount = this.amount
    const room = this.view?.room
    if (amount === null) return '请输入转账金额。'
    if (room && amount > room.max_amount) {
      return `单笔转账金额须在¥0.01至${formatYuan(room.max_amount)}之间。`
    }
    return null
  }

  /** R2: the transfer would take the account below the 共济人's own 自留金额. */
  get reserveWarning(): string | null {
    const view = this.view
    const amount = this.amount
    if (!view || view.acct_balc === null || amount === null || view.reserve_amount === 0) {
      return null
    }
    if (view.acct_balc - amount >= view.reserve_amount) return null
    return `转账后账户余额将低于您的自留金额（${formatYuan(view.reserve_amount)}）。`
  }

  /** 5322 with the PIN just typed; one msgid per attempt while its outcome is unknown. */
  async transfer(pin: string): Promise<TransferOutcome | null> {
    const person = this.recipient.input
    const amount = this.amount
    if (!person || amount === null || this.transferTask.pending) return null
    const input = { ...person, amount }
    const key = `${input.certno}|${input.relation}|${amount}`
    if (this.attempt?.key !== key) this.attempt = { key, msgid: this.service.newMsgid() }
    this.result = null
    const output = await this.transferTask.run({ ...input, pin }, this.attempt.msgid)
    const error = this.transferTask.error
    if (!error || !isUnanswered(error)) this.attempt = null
    runInAction(() => {
      if (output) this.result = { kind: 'sent', output }
      else if (error && error.code !== 'E_PIN_WRONG') this.result = { kind: 'refused', error }
    })
    if (!error || !isUnanswered(error)) {
      await this.session.refresh()
      await this.load()
    }
    if (output) return 'sent'
    return error?.code === 'E_PIN_WRONG' ? 'pin-wrong' : 'refused'
  }

  /** After a result was read: an empty form for the next transfer. */
  resetForm(): void {
    this.recipient.reset()
    this.amountText = ''
    this.result = null
    this.transferTask.clearError()
  }

  /** Another person logged in: nothing of the last one's wallet may show. */
  clear(): void {
    this.view = null
    this.resetForm()
    this.attempt = null
  }
}
