/**
 * @jest-environment jsdom
 */
import { WECHAT_STORAGE } from '../shared/storage'
import { walletScenarios } from '../wallet-family'
import { launchWeapp } from './harness'

describe('WeChat build: 自留金额, 医保钱包 and 消息', () => {
  walletScenarios({ limits: WECHAT_STORAGE, launch: (storage) => launchWeapp({ storage }) })
})
