import type { ApiClientOptions } from '../services/api-client'
import { QaService } from '../services/qa-service'
import { createServices } from '../services/services'
import { QaStore } from '../stores/qa-store'
import { RootStore } from '../stores/root-store'

export { QaEntries } from '../components/qa-entries'

/**
 * A root store with the QA tools (切换测试身份, 测试工具). Only builds that have them require this
 * module, so a real-backend build bundles neither the client of the QA transactions, nor its store,
 * nor the entries on 我的.
 */
export function createQaRootStore(options: ApiClientOptions): RootStore {
  return new RootStore(createServices({ ...options, qa: QaService }), QaStore)
}
