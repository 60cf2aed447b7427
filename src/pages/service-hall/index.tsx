import './index.scss'

import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'

import { Cell } from '../../components/cell'
import { ElderModeSwitch, PageRoot } from '../../components/display-mode'
import { Tappable } from '../../components/tappable'
import { useUnreadBadge } from '../../components/use-unread-badge'
import { navigate, routes } from '../../platform/navigation'
import { useStores } from '../../stores/store-context'

/** 长辈模式's three big tiles, straight to the work. */
const ELDER_TILES = [
  { id: 'tile-binding', label: '给家人绑定', note: '共济绑定', route: routes.binding },
  { id: 'tile-premium', label: '给家人交医保', note: '代缴医保', route: routes.premium },
  { id: 'tile-records', label: '查共济记录', note: '共济查询', route: routes.records },
]

/** 我要办: the service hall. Only services that work are listed. */
function ServiceHallPage() {
  const { display } = useStores()
  useUnreadBadge()
  return (
    <PageRoot className='page service-hall'>
      <View className='service-hall__banner'>
        <Text className='service-hall__title'>河南医保 · 我要办</Text>
        <Text className='service-hall__subtitle'>足不出户，办理医保业务</Text>
      </View>
      <ElderModeSwitch />
      {display.elderMode ? (
        <View className='service-hall__tiles' id='elder-tiles'>
          {ELDER_TILES.map((tile) => (
            <Tappable
              key={tile.id}
              id={tile.id}
              className='service-hall__tile'
              onClick={() => navigate(tile.route)}
            >
              <Text className='service-hall__tile-label'>{tile.label}</Text>
              <Text className='service-hall__tile-note'>{tile.note}</Text>
            </Tappable>
          ))}
        </View>
      ) : null}
      <Text className='section-title'>医保服务</Text>
      <View className='card card--flush'>
        <Cell
          id='entry-family'
          title='家庭共济服务'
          note='职工医保个人账户给家人用：绑定、代缴、查询'
          onClick={() => navigate(routes.familyHub)}
        />
      </View>
    </PageRoot>
  )
}

export default observer(ServiceHallPage)
