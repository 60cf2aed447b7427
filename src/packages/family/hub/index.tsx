import './index.scss'

import { Text, View } from '@tarojs/components'

import { Cell } from '../../../components/cell'
import { navigate, routes } from '../../../platform/navigation'

/** 家庭共济服务: the three services and a plain-words explanation. */
export default function FamilyHubPage() {
  return (
    <View className='page family-hub'>
      <View className='card family-hub__intro' id='hub-intro'>
        <Text className='family-hub__title'>什么是家庭共济？</Text>
        <Text className='family-hub__text'>
          参加职工医保的您，可以把自己的医保个人账户给配偶、父母、子女等近亲属使用：家人在定点医院、定点药店看病买药时，个人负担的部分可以从您的账户支付，也可以用您的账户为家人缴纳城乡居民医保费。
        </Text>
      </View>
      <View className='card card--flush'>
        <Cell
          id='entry-binding'
          title='共济绑定'
          note='添加家人、确认绑定、设置限额和扣款顺序'
          onClick={() => navigate(routes.binding)}
        />
        <Cell
          id='entry-premium'
          title='代缴医保'
          note='用个人账户为家人缴纳城乡居民医保费'
          onClick={() => navigate(routes.premium)}
        />
        <Cell
          id='entry-records'
          title='共济查询'
          note='账户余额、账户变动和消费记录'
          onClick={() => navigate(routes.records)}
        />
      </View>
      <View className='family-hub__faq' id='entry-faq' onClick={() => navigate(routes.faq)}>
        <Text className='family-hub__link'>常见问题</Text>
      </View>
    </View>
  )
}
