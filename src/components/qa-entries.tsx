import { View } from '@tarojs/components'

import { navigate, routes } from '../platform/navigation'
import { Cell } from './cell'

/**
 * 我的's entries into the QA tools. Only bootstrap/qa-tools.ts imports this file, so a build
 * without the QA tools does not carry their names; 我的 shows it through QaEntriesSlot.
 */
export function QaEntries() {
  return (
    <View className='card card--flush'>
      <Cell
        id='switch-persona'
        title='切换测试身份'
        note='以演示人口中的任一人身份登录'
        onClick={() => navigate(routes.personas)}
      />
      <Cell
        id='qa-tools'
        title='测试工具'
        note='模拟就医结算、退费、参保变更、系统日期'
        onClick={() => navigate(routes.qaTools)}
      />
    </View>
  )
}
