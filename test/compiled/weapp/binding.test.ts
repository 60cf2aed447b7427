/**
 * @jest-environment jsdom
 */
import { bindingScenarios } from '../binding-family'
import { launchWeapp } from './harness'

describe('WeChat build: 共济绑定 family list and 添加成员 form', () => {
  bindingScenarios({ launch: () => launchWeapp() })
})
