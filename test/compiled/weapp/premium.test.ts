/**
 * @jest-environment jsdom
 */
import { premiumScenarios } from '../premium-family'
import { WECHAT_STORAGE } from '../shared/storage'
import { launchWeapp } from './harness'

describe('WeChat build: 代缴医保 keypad and result', () => {
  premiumScenarios({ limits: WECHAT_STORAGE, launch: (storage) => launchWeapp({ storage }) })
})
