import type { InputOf, OutputOf } from '../domain/api'
import type { ApiClient } from './api-client'

/** 跨省共济（医保钱包） (5320–5323). */
export class WalletService {
  constructor(private readonly api: ApiClient) {}

  wallet(): Promise<OutputOf<'5320'>> {
    return this.api.call('5320', {})
  }

  open(faceToken: string): Promise<OutputOf<'5321'>> {
    return this.api.call('5321', { face_token: faceToken })
  }

  /** `msgid` is fixed by the caller per transfer attempt, so a retry never sends twice. */
  transfer(input: InputOf<'5322'>, msgid: string): Promise<OutputOf<'5322'>> {
    return this.api.call('5322', input, msgid)
  }

  accept(transferId: string): Promise<OutputOf<'5323'>> {
    return this.api.call('5323', { transfer_id: transferId })
  }

  newMsgid(): string {
    return this.api.newMsgid()
  }
}
