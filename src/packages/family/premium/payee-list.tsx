import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'

import { Tappable } from '../../../components/tappable'
import type { PremiumMemberOption } from '../../../domain/api'
import { hiddenAttributes } from '../../../platform/a11y'
import { useStores } from '../../../stores/store-context'

function PayeeRow({ option, selected }: { option: PremiumMemberOption; selected: boolean }) {
  const { premium } = useStores()
  const id = option.binding_id
  const classes = [
    'payee',
    option.payable ? '' : 'payee--disabled',
    selected ? 'payee--selected' : '',
  ].join(' ')
  return (
    <Tappable
      className={classes}
      id={`payee-${id}`}
      role='radio'
      checked={selected}
      onClick={() => premium.select(id)}
    >
      <View className='payee__radio' {...hiddenAttributes}>
        {selected ? <View className='payee__radio-dot' /> : null}
      </View>
      <View className='payee__main'>
        <View className='payee__head'>
          <Text className='payee__name'>{option.member.psn_name}</Text>
          <Text className='payee__relation'>{option.relation}</Text>
          {option.payable ? null : (
            <Text className='payee__tag'>{option.state === 'pending' ? '待确认' : '不能代缴'}</Text>
          )}
        </View>
        <Text className='payee__line'>身份证号：{option.member.certno}</Text>
        {option.err_msg ? (
          <Text className='payee__reason' id={`payee-${id}-reason`}>
            {option.err_msg}
          </Text>
        ) : null}
      </View>
    </Tappable>
  )
}

/**
 * Every active or pending member: the payable ones can be picked, the others say why they
 * cannot and what to do (a pending one: whose confirmation it waits for).
 */
export const PayeeList = observer(function PayeeListView() {
  const { premium } = useStores()
  return (
    <View className='card card--flush' id='payee-list'>
      {premium.members.map((option) => (
        <PayeeRow
          key={option.binding_id}
          option={option}
          selected={premium.selected?.binding_id === option.binding_id}
        />
      ))}
    </View>
  )
})
