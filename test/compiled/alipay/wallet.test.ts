import { ALIPAY_STORAGE } from '../shared/storage'
import { walletScenarios } from '../wallet-family'
import { launchAlipay } from './harness'

describe('Alipay build: 自留金额, 医保钱包 and 消息', () => {
  walletScenarios({ limits: ALIPAY_STORAGE, launch: (storage) => launchAlipay({ storage }) })
})
