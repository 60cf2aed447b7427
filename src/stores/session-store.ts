import { makeAutoObservable, runInAction } from 'mobx'

import type { PersonInfo } from '../domain/api'
import type { SessionService } from '../services/session-service'
import { Task } from './task'

/**
 * Who is logged in; restored from the stored token on launch. Listing the demo personas to log in
 * as is a QA tool (QaStore, in the QA package only).
 */
export class SessionStore {
  person: PersonInfo | null = null
  /** True once the launch-time restore has finished, whatever its outcome. */
  restored = false

  readonly refreshTask = new Task(() => this.service.personInfo())
  readonly loginTask = new Task((loginKey: string) => this.service.loginWithKey(loginKey))
  readonly logoutTask = new Task(() => this.service.logout())

  constructor(private readonly service: SessionService) {
    makeAutoObservable<SessionStore, 'service'>(this, {
      service: false,
      refreshTask: false,
      loginTask: false,
      logoutTask: false,
    })
  }

  get loggedIn(): boolean {
    return this.person !== null
  }

  async restore(): Promise<void> {
    if (this.service.hasToken) await this.refresh()
    runInAction(() => {
      this.restored = true
    })
  }

  /** Reloads the person (balance, PIN state) after anything that may have changed them. */
  async refresh(): Promise<PersonInfo | null> {
    const person = await this.refreshTask.run()
    runInAction(() => {
      if (person) this.person = person
      else if (this.refreshTask.error?.code === 'E_NOT_LOGGED_IN') this.person = null
    })
    return person ?? null
  }

  async loginAs(loginKey: string): Promise<boolean> {
    const person = await this.loginTask.run(loginKey)
    if (!person) return false
    runInAction(() => {
      this.person = person
    })
    return true
  }

  async logout(): Promise<void> {
    await this.logoutTask.run()
    runInAction(() => {
      this.person = null
    })
  }
}
