import { reaction } from 'mobx'

import { shanghaiDate } from '../domain/shanghai-time'
import type { Services } from '../services/services'
import { DisplayStore } from './display-store'
import { FaceCheckStore } from './face-check-store'
import { FamilyStore } from './family-store'
import { InboxStore } from './inbox-store'
import { MemberStore } from './member-store'
import { PremiumStore } from './premium-store'
import type { QaStore } from './qa-store'
import { RecordsStore } from './records-store'
import { ReserveStore } from './reserve-store'
import { SessionStore } from './session-store'
import { WalletStore } from './wallet-store'

/** Builds every store with its services (MobX "defining data stores"); tests pass fakes. */
export class RootStore {
  readonly session: SessionStore
  readonly faceCheck: FaceCheckStore
  readonly family: FamilyStore
  readonly member: MemberStore
  readonly premium: PremiumStore
  readonly records: RecordsStore
  /** 长辈模式; app.ts restores it from the platform at launch. */
  readonly display = new DisplayStore()
  readonly reserve: ReserveStore
  readonly wallet: WalletStore
  readonly inbox: InboxStore
  /** Null in a real-backend build: the QA tools do not exist there. */
  readonly qa: QaStore | null

  /** `qaStore` comes with `services.qa` from bootstrap/qa-tools.ts, in builds that have the tools. */
  constructor(
    readonly services: Services,
    qaStore?: typeof QaStore,
  ) {
    this.session = new SessionStore(services.session)
    this.faceCheck = new FaceCheckStore(services.family)
    this.family = new FamilyStore(services.family)
    this.member = new MemberStore(services.family, this.faceCheck)
    this.premium = new PremiumStore(services.premium, this.faceCheck, this.session)
    this.records = new RecordsStore(services.records, services.family, services.backendNow)
    this.reserve = new ReserveStore(services.family, this.family)
    this.wallet = new WalletStore(services.wallet, this.faceCheck, this.session, () =>
      this.backendToday(),
    )
    this.inbox = new InboxStore(services.inbox)
    this.qa = services.qa && qaStore ? new qaStore(services.qa, () => this.session.refresh()) : null
    // One person's bindings must never show to the next person logged in on this device.
    reaction(
      () =>
        this.session.person ? `${this.session.person.psn_name}${this.session.person.certno}` : '',
      () => {
        this.family.clear()
        this.member.clear()
        this.records.clear()
        this.premium.clear()
        this.faceCheck.dismiss()
        this.wallet.clear()
        this.inbox.clear()
      },
    )
  }

  /** Today on the backend's calendar ('YYYY-MM-DD'), for checks made while the citizen types. */
  backendToday(): string {
    return shanghaiDate(this.services.backendNow())
  }

  /** Whether this build has the QA tools (simulated backend only). */
  get hasQaTools(): boolean {
    return this.qa !== null
  }
}
