import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { Tappable } from '../../../components/tappable'
import {
  admdvsName,
  HENAN_ADMDVS,
  INSU_STATUS_NAMES,
  type InsuStatus,
} from '../../../domain/insurance'
import type { QaStore } from '../../../stores/qa-store'
import { ChoiceRow, ResultLines, ToolCard, ToolError } from './form'

const KEEP = 'keep'
const STATUSES = Object.keys(INSU_STATUS_NAMES) as InsuStatus[]
/** Henan's 统筹区, then a few outside Henan to try moving away (F4). */
const PLACES = [...Object.keys(HENAN_ADMDVS), '440100', '110100', '310100']

/** 变更参保状态: a person's 参保状态 and/or 参保地; ending or leaving Henan ends bindings (F4). */
export const StatusTool = observer(function StatusToolView({ qa }: { qa: QaStore }) {
  const [person, setPerson] = useState<string | null>(null)
  const [status, setStatus] = useState(KEEP)
  const [place, setPlace] = useState(KEEP)
  const [problem, setProblem] = useState<string | null>(null)

  const chosen = person === null ? undefined : qa.personaByKey(person)
  const submit = () => {
    if (!chosen) return setProblem('请选择人员。')
    if (status === KEEP && place === KEEP) return setProblem('请选择新的参保状态或参保地。')
    setProblem(null)
    void qa.setStatus(
      {
        login_key: chosen.login_key,
        ...(status === KEEP ? {} : { psn_insu_stas: status as InsuStatus }),
        ...(place === KEEP ? {} : { insuplc_admdvs: place }),
      },
      chosen.psn_name,
    )
  }

  const result = qa.lastStatus
  return (
    <ToolCard
      id='tool-status'
      title='变更参保状态'
      hint='终止参保或参保地转出河南时，此人的共济关系会自动解除。'
    >
      <ChoiceRow
        id='status-person'
        label='人员'
        choices={qa.personas.map((p) => ({ key: p.login_key, label: p.psn_name }))}
        value={person}
        onPick={setPerson}
      />
      {chosen ? (
        <ResultLines
          id='status-current'
          title={`${chosen.psn_name}现在`}
          lines={[`${INSU_STATUS_NAMES[chosen.psn_insu_stas]}，参保地${chosen.insuplc_name}`]}
        />
      ) : null}
      <ChoiceRow
        id='status-status'
        label='新参保状态'
        choices={[
          { key: KEEP, label: '不变' },
          ...STATUSES.map((s) => ({ key: s, label: INSU_STATUS_NAMES[s] })),
        ]}
        value={status}
        onPick={setStatus}
      />
      <ChoiceRow
        id='status-place'
        label='新参保地'
        choices={[
          { key: KEEP, label: '不变' },
          ...PLACES.map((code) => ({ key: code, label: admdvsName(code) })),
        ]}
        value={place}
        onPick={setPlace}
      />
      <ToolError id='status-error' error={problem ?? qa.statusTask.error} />
      <Tappable
        as='button'
        className='btn btn-primary'
        id='status-submit'
        disabled={qa.statusTask.pending}
        loading={qa.statusTask.pending}
        onClick={submit}
      >
        确认变更
      </Tappable>
      {result ? (
        <ResultLines
          id='status-result'
          title={`已变更${result.name}的参保信息`}
          lines={[
            result.endedCount > 0
              ? `自动解除了 ${result.endedCount} 个共济关系`
              : '没有共济关系因此解除',
          ]}
        />
      ) : null}
    </ToolCard>
  )
})
