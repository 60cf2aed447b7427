import type { InputOf, OutputOf } from '../domain/api'
import type { ApiClient } from './api-client'

/** 共济绑定 as the 共济人 and as the member (5301–5309), and the face check (9101). */
export class FamilyService {
  constructor(private readonly api: ApiClient) {}

  family(): Promise<OutputOf<'5301'>> {
    return this.api.call('5301', {})
  }

  createFamily(): Promise<OutputOf<'5302'>> {
    return this.api.call('5302', { pledge: true })
  }

  addMember(input: InputOf<'5303'>): Promise<OutputOf<'5303'>> {
    return this.api.call('5303', input)
  }

  confirm(bindingId: string, faceToken: string): Promise<OutputOf<'5304'>> {
    return this.api.call('5304', { binding_id: bindingId, face_token: faceToken })
  }

  decline(bindingId: string): Promise<OutputOf<'5305'>> {
    return this.api.call('5305', { binding_id: bindingId })
  }

  end(bindingId: string): Promise<OutputOf<'5306'>> {
    return this.api.call('5306', { binding_id: bindingId })
  }

  setLimit(bindingId: string, annualLimit: number | null): Promise<OutputOf<'5307'>> {
    return this.api.call('5307', { binding_id: bindingId, annual_limit: annualLimit })
  }

  /** R1: 自留金额, none / a fixed amount (分) / a percentage. */
  setReserve(input: InputOf<'5316'>): Promise<OutputOf<'5316'>> {
    return this.api.call('5316', input)
  }

  payers(): Promise<OutputOf<'5308'>> {
    return this.api.call('5308', {})
  }

  setOrder(bindingIds: string[]): Promise<OutputOf<'5309'>> {
    return this.api.call('5309', { binding_ids: bindingIds })
  }

  /** Simulated builds: the citizen's pass/fail choice stands in for the camera. */
  async faceToken(pass: boolean): Promise<string> {
    return (await this.api.call('9101', { pass })).face_token
  }
}
