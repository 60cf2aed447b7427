import { makeAutoObservable, runInAction } from 'mobx'

import type {
  InputOf,
  PremiumMemberOption,
  PremiumOptionsOutput,
  PremiumReceipt,
} from '../domain/api'
import { type ErrorCode, formatErrorMessage } from '../domain/errors'
import { pinWeakness } from '../domain/pin-policy'
import type { ApiError } from '../services/api-error'
import type { PremiumService } from '../services/premium-service'
import type { FaceCheckStore } from './face-check-store'
import type { SessionStore } from './session-store'
import { Task } from './task'

/**
 * Failures after which nobody knows whether the payment went through (no answer came) or the
 * backend kept nothing of it: the same attempt is sent again under the same msgid, so if the first
 * one did arrive the backend answers with its receipt instead of charging a second time.
 */
const UNANSWERED: readonly ErrorCode[] = [
  'E_NETWORK',
  'E_TIMEOUT',
  'E_SERVER',
  'E_STORAGE_FULL',
  'E_STORAGE_CORRUPT',
  'E_STORAGE_IO',
]

export function isUnanswered(error: ApiError): boolean {
  return UNANSWERED.includes(error.code)
}

/**
 * What the page does next: show the receipt, ask for the PIN again, show the PIN notice (initial
 * or locked) on the page, or show the refusal on the result page.
 */
export type PayOutcome = 'paid' | 'pin-wrong' | 'pin-blocked' | 'refused'

export type PremiumResult =
  { kind: 'paid'; receipt: PremiumReceipt } | { kind: 'refused'; error: ApiError; payee: string }

export type ChangePinOutcome = 'changed' | 'proof-failed' | 'locked' | 'weak' | 'failed'

/** Proof for 5312: the current PIN (passed through, never kept) or the face check just passed. */
export type PinProof = { oldPin: string } | 'face'

/** 代缴医保 (5310, 5311) and 修改支付密码 (5312). PINs pass through as arguments, never stored. */
export class PremiumStore {
  options: PremiumOptionsOutput | null = null
  selectedId: string | null = null
  result: PremiumResult | null = null
  faceVerified = false
  /** One msgid per payment and per PIN change attempt; kept only while its outcome is unknown. */
  private attempts: Partial<Record<'pay' | 'changePin', { key: string; msgid: string }>> = {}
  private faceToken: string | null = null
  private loading: Promise<void> | null = null

  readonly optionsTask = new Task(() => this.service.options())
  readonly payTask = new Task((input: InputOf<'5311'>, msgid: string) =>
    this.service.pay(input, msgid),
  )
  readonly changePinTask = new Task((input: InputOf<'5312'>, msgid: string) =>
    this.service.changePin(input, msgid),
  )

  constructor(
    private readonly service: PremiumService,
    private readonly faceCheck: FaceCheckStore,
    private readonly session: SessionStore,
  ) {
    makeAutoObservable<
      PremiumStore,
      'service' | 'faceCheck' | 'session' | 'attempts' | 'faceToken' | 'loading'
    >(this, {
      service: false,
      faceCheck: false,
      session: false,
      attempts: false,
      faceToken: false,
      loading: false,
      optionsTask: false,
      payTask: false,
      changePinTask: false,
    })
  }

  get members(): PremiumMemberOption[] {
    return this.options?.members ?? []
  }

  get selected(): PremiumMemberOption | null {
    return this.members.find((m) => m.binding_id === this.selectedId && m.payable) ?? null
  }

  /** Why no payment can be made right now whoever is picked (K1 initial PIN, K2 lock). */
  get pinNotice(): { code: 'E_PIN_INITIAL' | 'E_PIN_LOCKED'; message: string } | null {
    const state = this.options?.pin_state
    const code = state === 'initial' ? 'E_PIN_INITIAL' : state === 'locked' ? 'E_PIN_LOCKED' : null
    return code ? { code, message: formatErrorMessage(code) } : null
  }

  get canPay(): boolean {
    return (
      this.selected !== null &&
      this.options?.open === true &&
      this.pinNotice === null &&
      !this.payTask.pending
    )
  }

  /** 5310; a call while one is in flight waits for that one instead of sending another. */
  load(): Promise<void> {
    this.loading ??= this.fetchOptions().finally(() => {
      this.loading = null
    })
    return this.loading
  }

  private async fetchOptions(): Promise<void> {
    const options = await this.optionsTask.run()
    if (!options) return
    runInAction(() => {
      this.options = options
      if (!this.selected) this.selectedId = null
    })
  }

  /** Another person logged in: nothing of the last one's family or receipts may show. */
  clear(): void {
    this.options = null
    this.selectedId = null
    this.result = null
    this.attempts = {}
    this.forgetFace()
    this.optionsTask.clearError()
    this.payTask.clearError()
    this.changePinTask.clearError()
  }

  /** Only a payable member can be picked; a tap on another row leaves the choice as it was. */
  select(bindingId: string): void {
    if (this.members.some((m) => m.binding_id === bindingId && m.payable)) {
      this.selectedId = bindingId
    }
  }

  /** 5311 for the picked member, the open year and its standard, with the PIN just typed. */
  async pay(pin: string): Promise<PayOutcome | null> {
    const options = this.options
    const member = this.selected
    if (!options || !member || this.payTask.pending) return null
    const input = {
      binding_id: member.binding_id,
      year: options.year,
      amount: options.standard,
    }
    const msgid = this.msgidFor('pay', `${input.binding_id}|${input.year}|${input.amount}`)
    this.result = null
    const receipt = await this.payTask.run({ ...input, pin }, msgid)
    const error = this.payTask.error
    this.settleAttempt('pay', error)
    runInAction(() => {
      if (receipt) this.result = { kind: 'paid', receipt }
      else if (error) this.result = { kind: 'refused', error, payee: member.member.psn_name }
    })
    // Balance and PIN state (a wrong try, a lock) may have changed with any answer.
    if (!error || !isUnanswered(error)) {
      await this.session.refresh()
      void this.load()
    }
    if (receipt) return 'paid'
    if (error?.code === 'E_PIN_WRONG') return 'pin-wrong'
    if (error?.code === 'E_PIN_LOCKED' || error?.code === 'E_PIN_INITIAL') return 'pin-blocked'
    return 'refused'
  }

  private msgidFor(kind: 'pay' | 'changePin', key: string): string {
    const kept = this.attempts[kind]
    if (kept?.key === key) return kept.msgid
    const msgid = this.service.newMsgid()
    this.attempts[kind] = { key, msgid }
    return msgid
  }

  /** An answer ends the attempt; after a failure without one, the next try is the same attempt. */
  private settleAttempt(kind: 'pay' | 'changePin', error: ApiError | null): void {
    if (!error || !isUnanswered(error)) delete this.attempts[kind]
  }

  /** K1 as the backend judges it, so a weak choice is refused before it is typed twice. */
  newPinProblem(pin: string): string | null {
    const birthDate = this.session.person?.birth_date
    if (!birthDate || pinWeakness(pin, birthDate) === null) return null
    return formatErrorMessage('E_PIN_WEAK')
  }

  /** K2: a face check instead of the current PIN, which also lifts a lock. */
  async verifyFace(): Promise<boolean> {
    const token = await this.faceCheck.verify('重置支付密码')
    runInAction(() => {
      this.faceToken = token
      this.faceVerified = token !== null
    })
    return token !== null
  }

  forgetFace(): void {
    this.faceToken = null
    this.faceVerified = false
  }

  /** 5312: the PINs are arguments of this one request and are not kept anywhere. */
  async changePin(proof: PinProof, newPin: string): Promise<ChangePinOutcome | null> {
    if (this.changePinTask.pending) return null
    const input: InputOf<'5312'> =
      proof === 'face'
        ? { face_token: this.faceToken ?? '', new_pin: newPin }
        : { old_pin: proof.oldPin, new_pin: newPin }
    // Keyed by the proof only: the PINs are never kept, not even to compare a retry with.
    const msgid = this.msgidFor('changePin', proof === 'face' ? 'face' : 'pin')
    const answer = await this.changePinTask.run(input, msgid)
    this.settleAttempt('changePin', this.changePinTask.error)
    const code = this.changePinTask.error?.code
    // A weak PIN is judged first and refused without spending the face token.
    if (code !== 'E_PIN_WEAK') this.forgetFace()
    if (answer) {
      await this.session.refresh()
      if (this.options) void this.load()
      return 'changed'
    }
    if (code === 'E_PIN_WEAK') return 'weak'
    if (code === 'E_PIN_WRONG' || code === 'E_FACE_FAILED') return 'proof-failed'
    if (code === 'E_PIN_LOCKED') return 'locked'
    return 'failed'
  }
}
