import { Text, View } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'

import { Cell } from '../../../components/cell'
import { PageRoot } from '../../../components/display-mode'
import { EmptyState, PageStatus } from '../../../components/page-status'
import { toast } from '../../../platform/feedback'
import { goBack } from '../../../platform/navigation'
import { useStores } from '../../../stores/store-context'

/** 切换测试身份 (QA): log in as any person of the demo population. */
function PersonasPage() {
  const { session, qa } = useStores()
  useLoad(() => {
    void qa?.loadPersonas()
  })

  const pick = async (loginKey: string, name: string) => {
    if (await session.loginAs(loginKey)) {
      toast(`已切换为${name}`)
      goBack()
    }
  }

  if (!qa) return <EmptyState text='此版本连接真实医保系统，没有测试身份。' />
  return (
    <PageRoot className='page'>
      <Text className='section-title'>演示人口（选择后以该身份登录）</Text>
      <PageStatus
        loading={qa.personasTask.pending}
        error={qa.personasTask.error ?? session.loginTask.error}
        onRetry={() => void qa.loadPersonas()}
      />
      <View className='card card--flush'>
        {qa.personas.map((p) => (
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
    </PageRoot>
  )
}

export default observer(PersonasPage)
