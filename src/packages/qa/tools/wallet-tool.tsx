import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { Tappable } from '../../../components/tappable'
import type { QaStore } from '../../../stores/qa-store'
import { ChoiceRow, ResultLines, ToolCard, ToolError } from './form'

/** 开通医保钱包 for anyone insured (W1 without the face check), e.g. a relative to transfer to. */
export const WalletTool = observer(function WalletToolView({ qa }: { qa: QaStore }) {
  const [person, setPerson] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const chosen = person === null ? undefined : qa.personaByKey(person)
  const submit = () => {
    if (!chosen) return setProblem('请选择人员。')
    setProblem(null)
    void qa.openWallet(chosen.login_key, chosen.psn_name)
  }
  return (
    <ToolCard
      id='tool-wallet'
      title='开通医保钱包'
      hint='为任一正常参保的人开通医保钱包（免人脸识别），家人即可向其转账。转账未确认收款的，把系统日期调到次日06:00之后即自动退回。'
    >
      <ChoiceRow
        id='wallet-person'
        label='人员'
        choices={qa.personas.map((p) => ({ key: p.login_key, label: p.psn_name }))}
        value={person}
        onPick={setPerson}
      />
      <ToolError id='wallet-tool-error' error={problem ?? qa.walletTask.error} />
      <Tappable
        as='button'
        className='btn btn-primary'
        id='wallet-tool-submit'
        disabled={qa.walletTask.pending}
        loading={qa.walletTask.pending}
        onClick={submit}
      >
        开通
      </Tappable>
      {qa.lastWalletOpened ? (
        <ResultLines
          id='wallet-tool-result'
          title={`${qa.lastWalletOpened}的医保钱包已开通`}
          lines={['可在“跨省共济（医保钱包）”中查看']}
        />
      ) : null}
    </ToolCard>
  )
})
