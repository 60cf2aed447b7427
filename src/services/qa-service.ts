import type { InputOf, OutputOf } from '../domain/api'
import type { ApiClient } from './api-client'

/** The QA tools of simulated-backend builds (2207, 2208, 9102–9107). */
export class QaService {
  constructor(private readonly api: ApiClient) {}

  settle(input: InputOf<'2207'>, msgid = this.api.newMsgid()): Promise<OutputOf<'2207'>> {
    return this.api.call('2207', input, msgid)
  }

  refund(input: InputOf<'2208'>, msgid = this.api.newMsgid()): Promise<OutputOf<'2208'>> {
    return this.api.call('2208', input, msgid)
  }

  setStatus(input: InputOf<'9102'>): Promise<OutputOf<'9102'>> {
    return this.api.call('9102', input)
  }

  setClock(time: string | null): Promise<OutputOf<'9103'>> {
    return this.api.call('9103', { time })
  }

  generateRecords(input: InputOf<'9104'>): Promise<OutputOf<'9104'>> {
    return this.api.call('9104', input)
  }

  openWallet(input: InputOf<'9108'>): Promise<OutputOf<'9108'>> {
    return this.api.call('9108', input)
  }

  reset(): Promise<OutputOf<'9105'>> {
    return this.api.call('9105', {})
  }

  personas(): Promise<OutputOf<'9106'>> {
    return this.api.call('9106', {})
  }

  overview(): Promise<OutputOf<'9107'>> {
    return this.api.call('9107', {})
  }
}
