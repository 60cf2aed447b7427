import type { PersonInfo } from '../domain/api'
import type { ApiClient } from './api-client'

export class SessionService {
  constructor(private readonly api: ApiClient) {}

  get hasToken(): boolean {
    return this.api.tokens.get() !== null
  }

  async loginWithKey(loginKey: string): Promise<PersonInfo> {
    const { token, person } = await this.api.call('9001', { login_key: loginKey })
    this.api.tokens.set(token)
    return person
  }

  async logout(): Promise<void> {
    try {
      await this.api.call('9002', {})
    } finally {
      this.api.tokens.set(null)
    }
  }

  personInfo(): Promise<PersonInfo> {
    return this.api.call('1101', {})
  }
}
