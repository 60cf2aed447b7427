import { bindingScenarios } from '../binding-family'
import { launchAlipay } from './harness'

describe('Alipay build: 共济绑定 family list and 添加成员 form', () => {
  bindingScenarios({ launch: () => launchAlipay() })
})
