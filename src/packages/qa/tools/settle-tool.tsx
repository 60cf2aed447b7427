import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { SettlementSplit } from '../../../components/settlement-split'
import { Tappable } from '../../../components/tappable'
import type { InstType, ItemCategory } from '../../../domain/api'
import { parseYuan } from '../../../domain/money'
import type { QaStore } from '../../../stores/qa-store'
import { type Choice, ChoiceRow, InputRow, ToolCard, ToolError } from './form'

const INST_TYPES: Record<string, InstType> = {
  clinic: '医院门诊',
  inpatient: '医院住院',
  pharmacy: '零售药店',
}

const CATEGORIES: Record<string, ItemCategory> = {
  treatment: '诊疗',
  drug: '药品',
  device: '医疗器械',
  consumable: '医用耗材',
  vaccine: '疫苗',
  health: '保健品',
  daily: '生活用品',
  beauty: '美容',
}

const OWN = 'own'

function choicesOf(table: Record<string, string>): Choice[] {
  return Object.entries(table).map(([key, label]) => ({ key, label }))
}

/** 模拟就医结算: a patient presents a credential at a 定点机构; the answer is the split. */
export const SettleTool = observer(function SettleToolView({ qa }: { qa: QaStore }) {
  const [patient, setPatient] = useState<string | null>(null)
  const [inst, setInst] = useState('pharmacy')
  const [category, setCategory] = useState('drug')
  const [amount, setAmount] = useState('')
  // U3: the patient's own credential unless the tester picks someone else's to see it refused.
  const [credential, setCredential] = useState(OWN)
  const [problem, setProblem] = useState<string | null>(null)

  const submit = () => {
    const fen = parseYuan(amount)
    if (patient === null) return setProblem('请选择就医人。')
    if (fen === null || fen === 0) return setProblem('请输入正确的金额（元），例如 300 或 300.50。')
    setProblem(null)
    void qa.settle({
      patient_login_key: patient,
      inst_type: INST_TYPES[inst],
      category: CATEGORIES[category],
      amount: fen,
      credential_login_key: credential === OWN ? patient : credential,
    })
  }

  const people = qa.personas.map((p) => ({ key: p.login_key, label: p.psn_name }))
  return (
    <ToolCard
      id='tool-settle'
      title='模拟就医结算'
      hint='就医人在定点机构结算个人负担部分，看个人账户、各共济人和现金各付多少。'
    >
      <ChoiceRow
        id='settle-patient'
        label='就医人'
        choices={people}
        value={patient}
        onPick={setPatient}
      />
      <ChoiceRow
        id='settle-inst'
        label='机构类型'
        choices={choicesOf(INST_TYPES)}
        value={inst}
        onPick={setInst}
      />
      <ChoiceRow
        id='settle-category'
        label='费用类别'
        choices={choicesOf(CATEGORIES)}
        value={category}
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
      <ChoiceRow
        id='settle-credential'
        label='医保电子凭证'
        choices={[
          { key: OWN, label: '就医人本人的' },
          ...qa.personas
            .filter((p) => p.login_key !== patient)
            .map((p) => ({ key: p.login_key, label: `${p.psn_name}的` })),
        ]}
        value={credential}
        onPick={setCredential}
      />
      <ToolError id='settle-error' error={problem ?? qa.settleTask.error} />
      <Tappable
        as='button'
        className='btn btn-primary'
        id='settle-submit'
        disabled={qa.settleTask.pending}
        loading={qa.settleTask.pending}
        onClick={submit}
      >
        模拟结算
      </Tappable>
      {qa.lastSettlement ? (
        <SettlementSplit settlement={qa.lastSettlement} title='结算结果：谁付了多少' />
      ) : null}
    </ToolCard>
  )
})
