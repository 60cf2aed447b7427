import type { Services } from '../services/services'
import { SessionStore } from './session-store'

/** Builds every store with its services (MobX "defining data stores"); tests pass fakes. */
export class RootStore {
  readonly session: SessionStore

  constructor(readonly services: Services) {
    this.session = new SessionStore(services.session)
  }

  /** Whether this build has the QA tools (simulated backend only). */
  get hasQaTools(): boolean {
    return this.services.qa !== null
  }
}
