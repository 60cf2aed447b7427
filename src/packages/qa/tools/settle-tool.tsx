import { Button } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { SettlementSplit } from '../../../components/settlement-split'
import type { InstType, ItemCategory } from '../../../domain/api'
import { parseYuan } from '../../../domain/money'
import type { QaStore } from '../../../stores/qa-store'
import { InputRow, PickerRow, ToolCard, ToolError } from './form'

export const INST_TYPES: readonly InstType[] = ['医院门诊', '医院住院', '零售药店']
export const CATEGORIES: readonly ItemCategory[] = [
  '诊疗',
  '药品',
  '医疗器械',
  '医用耗材',
  '疫苗',
  '保健品',
  '生活用品',
  '美容',
]

/** 模拟就医结算: a patient presents a credential at a 定点机构; the answer is the split. */
export const SettleTool = observer(function SettleToolView({ qa }: { qa: QaStore }) {
  const [patient, setPatient] = useState<number | null>(null)
  const [inst, setInst] = useState(2)
  const [category, setCategory] = useState(1)
  const [amount, setAmount] = useState('')
  // 0 = the patient's own credential (U3); i > 0 = personas[i - 1], to try E_NOT_OWN_CREDENTIAL.
  const [credential, setCredential] = useState(0)
  const [problem, setProblem] = useState<string | null>(null)

  const people = qa.personas.map((p) => `${p.psn_name}  ${p.certno}`)
  const submit = () => {
    const fen = parseYuan(amount)
    if (patient === null) return setProblem('请选择就医人。')
    if (fen === null || fen === 0) return setProblem('请输入正确的金额（元），例如 300 或 300.50。')
    setProblem(null)
    const patientKey = qa.personas[patient].login_key
    const credentialKey = credential === 0 ? patientKey : qa.personas[credential - 1].login_key
    void qa.settle({
      patient_login_key: patientKey,
      inst_type: INST_TYPES[inst],
      category: CATEGORIES[category],
      amount: fen,
      credential_login_key: credentialKey,
    })
  }

  return (
    <ToolCard
      id='tool-settle'
      title='模拟就医结算'
      hint='就医人在定点机构结算个人负担部分，看个人账户、各共济人和现金各付多少。'
    >
      <PickerRow
        id='settle-patient'
        label='就医人'
        options={people}
        index={patient}
        onPick={setPatient}
      />
      <PickerRow
        id='settle-inst'
        label='机构类型'
        options={INST_TYPES}
        index={inst}
        onPick={setInst}
      />
      <PickerRow
        id='settle-category'
        label='费用类别'
        options={CATEGORIES}
        index={category}
        onPick={setCategory}
      />
      <InputRow
        id='settle-amount'
        label='金额（元）'
        value={amount}
        placeholder='个人负担金额，如 300'
        digits
        onInput={setAmount}
      />
      <PickerRow
        id='settle-credential'
        label='医保电子凭证'
        options={['就医人本人的凭证', ...qa.personas.map((p) => `${p.psn_name}的凭证`)]}
        index={credential}
        onPick={setCredential}
      />
      <ToolError id='settle-error' error={problem ?? qa.settleTask.error} />
      <Button
        className='btn btn-primary'
        id='settle-submit'
        disabled={qa.settleTask.pending}
        loading={qa.settleTask.pending}
        onClick={submit}
      >
        模拟结算
      </Button>
      {qa.lastSettlement ? (
        <SettlementSplit settlement={qa.lastSettlement} title='结算结果：费用分摊' />
      ) : null}
    </ToolCard>
  )
})
