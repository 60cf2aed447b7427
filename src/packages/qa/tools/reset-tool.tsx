import { observer } from 'mobx-react-lite'

import { Tappable } from '../../../components/tappable'
import { confirmAction, toast } from '../../../platform/feedback'
import type { QaStore } from '../../../stores/qa-store'
import { ResultLines, ToolCard, ToolError } from './form'

/** 重置演示数据: everything back to the demo population, after the tester confirms. */
export const ResetTool = observer(function ResetToolView({ qa }: { qa: QaStore }) {
  const reset = async () => {
    const sure = await confirmAction(
      '重置演示数据',
      '将清除所有绑定、结算、退费、代缴和生成的记录，恢复为初始演示数据。登录状态保留。',
      '确认重置',
    )
    if (!sure) return
    await qa.reset()
    if (qa.resetDone) toast('演示数据已重置')
  }
  return (
    <ToolCard id='tool-reset' title='重置演示数据' hint='回到初始的演示人口和24个月的历史记录。'>
      <ToolError id='reset-error' error={qa.resetTask.error} />
      <Tappable
        as='button'
        className='btn btn-danger'
        id='reset-submit'
        disabled={qa.resetTask.pending}
        loading={qa.resetTask.pending}
        onClick={() => void reset()}
      >
        重置演示数据
      </Tappable>
      {qa.resetDone ? (
        <ResultLines
          id='reset-result'
          title='演示数据已重置'
          lines={['所有数据已恢复为初始状态。']}
        />
      ) : null}
    </ToolCard>
  )
})
