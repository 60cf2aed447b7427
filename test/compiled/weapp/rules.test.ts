/**
 * @jest-environment jsdom
 */
import { rulesScenarios } from '../rules-family'
import { WECHAT_STORAGE } from '../shared/storage'
import { launchWeapp } from './harness'

describe('WeChat build: guardians, withdrawals, suspended accounts, the rolling premium year', () => {
  rulesScenarios({ limits: WECHAT_STORAGE, launch: (storage) => launchWeapp({ storage }) })
})
