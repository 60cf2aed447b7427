import './index.scss'

import { Text, View } from '@tarojs/components'

import { Cell } from '../../components/cell'
import { navigate, routes } from '../../platform/navigation'

/** 我要办: the service hall. Only services that work are listed. */
export default function ServiceHallPage() {
  return (
    <View className='page service-hall'>
      <View className='service-hall__banner'>
        <Text className='service-hall__title'>河南医保 · 我要办</Text>
        <Text className='service-hall__subtitle'>足不出户，办理医保业务</Text>
      </View>
      <Text className='section-title'>医保服务</Text>
      <View className='card card--flush'>
        <Cell
          id='entry-family'
          title='家庭共济服务'
          note='职工医保个人账户给家人用：绑定、代缴、查询'
          onClick={() => navigate(routes.familyHub)}
        />
      </View>
    </View>
  )
}
