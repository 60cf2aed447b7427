import './index.scss'

import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'

import { Cell } from '../../../components/cell'
import { PageRoot } from '../../../components/display-mode'
import { Tappable } from '../../../components/tappable'
import type { InsuType } from '../../../domain/insurance'
import { navigate, routes } from '../../../platform/navigation'
import { useStores } from '../../../stores/store-context'

const FOR_EMPLOYEE =
  '参加职工医保的您，可以把自己的医保个人账户给配偶、父母、子女等近亲属使用：家人在定点医院、定点药店看病买药时，个人负担的部分可以从您的账户支付，也可以用您的账户为家人缴纳城乡居民医保费。'

const FOR_RESIDENT =
  '您参加的是城乡居民医保，没有个人账户，不能作为共济人；但您可以使用家人的账户：参加职工医保的配偶、父母、子女等近亲属可以在“共济绑定”中添加您，您同意后，看病买药时个人负担的部分可以从他们的账户支付，他们也可以用个人账户为您缴纳城乡居民医保费。'

const FOR_UNINSURED =
  '您目前没有参加基本医疗保险，不能作为共济人，也暂时不能使用家人的账户。参加城乡居民医保或职工医保后就可以办理家庭共济；怎样参保，可以到当地医保经办窗口咨询，或拨打12393。'

/** Who is logged in decides the words; nobody is told they are a 职工 unless they are one. */
function introFor(person: { insutype: InsuType | null } | null): string {
  if (!person || person.insutype === '310') return FOR_EMPLOYEE
  return person.insutype === null ? FOR_UNINSURED : FOR_RESIDENT
}

/** 家庭共济服务: the three services and a plain-words explanation for who is logged in. */
export default observer(function FamilyHubPage() {
  const { session } = useStores()
  return (
    <PageRoot className='page family-hub'>
      <View className='card family-hub__intro' id='hub-intro'>
        <Text className='family-hub__title'>什么是家庭共济？</Text>
        <Text className='family-hub__text'>{introFor(session.person)}</Text>
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
        <Cell
          id='entry-wallet'
          title='跨省共济（医保钱包）'
          note='给外省参保的近亲属的医保钱包转账'
          onClick={() => navigate(routes.wallet)}
        />
      </View>
      <Tappable className='family-hub__faq' id='entry-faq' onClick={() => navigate(routes.faq)}>
        <Text className='family-hub__link'>常见问题</Text>
      </Tappable>
    </PageRoot>
  )
})
