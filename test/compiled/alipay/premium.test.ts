import { premiumScenarios } from '../premium-family'
import { ALIPAY_STORAGE } from '../shared/storage'
import { launchAlipay } from './harness'

describe('Alipay build: 代缴医保 keypad and result', () => {
  premiumScenarios({ limits: ALIPAY_STORAGE, launch: (storage) => launchAlipay({ storage }) })
})
