import { navigationScenarios } from '../navigation-walk'
import { launchAlipay } from './harness'

describe('Alipay build: navigation never dead-ends', () => {
  jest.setTimeout(60_000)
  navigationScenarios(() => launchAlipay())
})
