import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { Tappable } from '../../../components/tappable'
import { formatYuan } from '../../../domain/money'
import type { QaStore } from '../../../stores/qa-store'
import { ChoiceRow, InputRow, ResultLines, ToolCard, ToolError } from './form'

const MAX_COUNT = 100000

/** 生成大量记录: many history rows on one personal account, to try 共济查询's paging. */
export const GenerateTool = observer(function GenerateToolView({ qa }: { qa: QaStore }) {
  const [person, setPerson] = useState<string | null>(null)
  const [count, setCount] = useState('10000')
  const [problem, setProblem] = useState<string | null>(null)
  const chosen = person === null ? undefined : qa.personaByKey(person)

  const submit = () => {
    const n = Number(count)
    if (!chosen) return setProblem('请选择有个人账户的人员。')
    if (!/^\d+$/.test(count) || n < 1 || n > MAX_COUNT) {
      return setProblem(`请输入 1 到 ${MAX_COUNT} 之间的条数。`)
    }
    setProblem(null)
    void qa.generate({ login_key: chosen.login_key, count: n }, chosen.psn_name)
  }

  const result = qa.lastGenerated
  return (
    <ToolCard
      id='tool-generate'
      title='生成大量记录'
      hint='在一个职工医保个人账户上追加划入和购药记录，截至当前时间。'
    >
      <ChoiceRow
        id='generate-person'
        label='账户（职工医保）'
        choices={qa.accountHolders.map((p) => ({ key: p.login_key, label: p.psn_name }))}
        value={person}
        onPick={setPerson}
      />
      <InputRow
        id='generate-count'
        label='条数'
        value={count}
        placeholder='如 10000'
        digits
        onInput={setCount}
      />
      <ToolError id='generate-error' error={problem ?? qa.generateTask.error} />
      <Tappable
        as='button'
        className='btn btn-primary'
        id='generate-submit'
        disabled={qa.generateTask.pending}
        loading={qa.generateTask.pending}
        onClick={submit}
      >
        {qa.generateTask.pending ? '正在生成…' : '生成记录'}
      </Tappable>
      {result ? (
        <ResultLines
          id='generate-result'
          title={`已为${result.name}生成 ${result.added.toLocaleString('en-US')} 条记录`}
          lines={[`当前余额 ${formatYuan(result.balc)}`]}
        />
      ) : null}
    </ToolCard>
  )
})
