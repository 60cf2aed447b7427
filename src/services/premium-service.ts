import type { OutputOf } from '../domain/api'
import type { ApiClient } from './api-client'

/** 代缴医保 and the payment PIN (5310–5312). */
export class PremiumService {
  constructor(private readonly api: ApiClient) {}

  options(): Promise<OutputOf<'5310'>> {
    return this.api.call('5310', {})
  }

  /** `msgid` is fixed by the caller per payment attempt, so a retry can never charge twice. */
  pay(
    input: { binding_id: string; year: number; amount: number; pin: string },
    msgid: string,
  ): Promise<OutputOf<'5311'>> {
    return this.api.call('5311', input, msgid)
  }

  newMsgid(): string {
    return this.api.newMsgid()
  }

  /** `msgid` is fixed per change attempt too, so a lost answer's retry is not a second PIN try. */
  changePin(
    input: { old_pin?: string; face_token?: string; new_pin: string },
    msgid: string,
  ): Promise<OutputOf<'5312'>> {
    return this.api.call('5312', input, msgid)
  }
}
