import './index.scss'

import { Text } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'

import { PageRoot } from '../../../components/display-mode'
import { EmptyState, PageStatus } from '../../../components/page-status'
import { useStores } from '../../../stores/store-context'
import { ClockTool } from './clock-tool'
import { GenerateTool } from './generate-tool'
import { RefundTool } from './refund-tool'
import { ResetTool } from './reset-tool'
import { SettleTool } from './settle-tool'
import { StatusTool } from './status-tool'
import { WalletTool } from './wallet-tool'

/** 测试工具 (simulated-backend builds only): drive the backend as a 定点机构 or the registry would. */
function QaToolsPage() {
  const { qa } = useStores()
  useLoad(() => {
    void qa?.open()
  })
  if (!qa) return <EmptyState text='此版本连接真实医保系统，没有测试工具。' />
  const loadError = qa.personasTask.error ?? qa.overviewTask.error
  return (
    <PageRoot className='page qa-tools'>
      <Text className='hint qa-tools__intro'>
        仅模拟环境可用：以下操作直接修改模拟后端的数据，所有登录的人都会看到变化。
      </Text>
      <PageStatus
        loading={qa.personasTask.pending && qa.personas.length === 0}
        error={loadError}
        onRetry={() => void qa.open()}
      />
      <SettleTool qa={qa} />
      <RefundTool qa={qa} />
      <StatusTool qa={qa} />
      <WalletTool qa={qa} />
      <ClockTool qa={qa} />
      <GenerateTool qa={qa} />
      <ResetTool qa={qa} />
    </PageRoot>
  )
}

export default observer(QaToolsPage)
