/**
 * @jest-environment jsdom
 */
import { navigationScenarios } from '../navigation-walk'
import { launchWeapp } from './harness'

describe('WeChat build: navigation never dead-ends', () => {
  jest.setTimeout(60_000)
  navigationScenarios(() => launchWeapp())
})
