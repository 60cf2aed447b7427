import { ApiClient, type ApiClientOptions } from './api-client'
import { FamilyService } from './family-service'
import { InboxService } from './inbox-service'
import { PremiumService } from './premium-service'
import type { QaService } from './qa-service'
import { RecordsService } from './records-service'
import { SessionService } from './session-service'
import { WalletService } from './wallet-service'

/** Every typed client the stores use, over one ApiClient. */
export interface Services {
  session: SessionService
  family: FamilyService
  premium: PremiumService
  records: RecordsService
  wallet: WalletService
  inbox: InboxService
  /** Absent in a real-backend build: the QA tools do not exist there. */
  qa: QaService | null
  /** The backend's current time (epoch ms), as of its latest answer. */
  backendNow: () => number
}

/**
 * `qa` is the QA client's class, passed only by builds that have the QA tools
 * (bootstrap/qa-tools.ts), so a real-backend build does not bundle it.
 */
export function createServices(options: ApiClientOptions & { qa?: typeof QaService }): Services {
  const api = new ApiClient(options)
  return {
    session: new SessionService(api),
    family: new FamilyService(api),
    premium: new PremiumService(api),
    records: new RecordsService(api),
    wallet: new WalletService(api),
    inbox: new InboxService(api),
    qa: options.qa ? new options.qa(api) : null,
    backendNow: () => api.backendNow(),
  }
}
