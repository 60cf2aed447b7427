import { bindingScenarios } from '../binding-family'
import { fireEvent } from '../shared/page-events'
import { launchAlipay } from './harness'

describe('Alipay build: 共济绑定 family list and 添加成员 form', () => {
  bindingScenarios({
    launch: () => launchAlipay(),
    // The harness looks up Input's events on its template, which only dispatches to the
    // focus/blur variants that hold them; the event itself reaches Taro's handler either way.
    input: (page, selector, value) => fireEvent(page, selector, 'input', { value }),
  })
})
