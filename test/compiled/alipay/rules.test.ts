import { rulesScenarios } from '../rules-family'
import { fireEvent } from '../shared/page-events'
import { ALIPAY_STORAGE } from '../shared/storage'
import { launchAlipay } from './harness'

describe('Alipay build: guardians, withdrawals, suspended accounts, the rolling premium year', () => {
  rulesScenarios({
    limits: ALIPAY_STORAGE,
    launch: (storage) => launchAlipay({ storage }),
    // As in binding.test.ts: Input's events reach Taro's handler through the event itself.
    input: (page, selector, value) => fireEvent(page, selector, 'input', { value }),
  })
})
