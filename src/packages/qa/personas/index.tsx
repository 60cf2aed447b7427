import { Text, View } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'

import { Cell } from '../../../components/cell'
import { PageStatus } from '../../../components/page-status'
import { toast } from '../../../platform/feedback'
import { goBack } from '../../../platform/navigation'
import { useStores } from '../../../stores/store-context'

/** 切换测试身份 (QA): log in as any person of the demo population. */
function PersonasPage() {
  const { session } = useStores()
  useLoad(() => {
    void session.loadPersonas()
  })

  const pick = async (loginKey: string, name: string) => {
    if (await session.loginAs(loginKey)) {
      toast(`已切换为${name}`)
      goBack()
    }
  }

  return (
    <View className='page'>
      <Text className='section-title'>演示人口（选择后以该身份登录）</Text>
      <PageStatus
        loading={session.personasTask.pending}
        error={session.personasTask.error ?? session.loginTask.error}
        onRetry={() => void session.loadPersonas()}
      />
      <View className='card card--flush'>
        {session.personas.map((p) => (
          <Cell
            key={p.login_key}
            id={`persona-${p.psn_name}`}
            title={`${p.psn_name}  ${p.certno}`}
            note={p.summary}
            disabled={session.loginTask.pending}
            onClick={() => void pick(p.login_key, p.psn_name)}
          />
        ))}
      </View>
    </View>
  )
}

export default observer(PersonasPage)
