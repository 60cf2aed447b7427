import { Text } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { displayTime } from '../../../components/display-time'
import { Tappable } from '../../../components/tappable'
import { parseIsoTime } from '../../../domain/shanghai-time'
import type { QaStore } from '../../../stores/qa-store'
import { InputRow, ToolCard, ToolError } from './form'

/** 调整系统日期: moves the simulated backend's clock, or puts it back on real time. */
export const ClockTool = observer(function ClockToolView({ qa }: { qa: QaStore }) {
  const shown = qa.backendNow ? displayTime(qa.backendNow) : null
  const [date, setDate] = useState<string | null>(null)
  const [time, setTime] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const pickedDate = date ?? shown?.slice(0, 10) ?? ''
  const pickedTime = time ?? shown?.slice(11, 16) ?? ''

  const set = () => {
    const iso = `${pickedDate}T${pickedTime}:00+08:00`
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pickedDate) || !/^\d{2}:\d{2}$/.test(pickedTime)) {
      return setProblem('请按“2026-12-31”和“09:30”的格式填写日期和时间。')
    }
    if (parseIsoTime(iso) === null) return setProblem('没有这个日期或时间，请核对。')
    setProblem(null)
    void qa.setClock(iso)
  }

  return (
    <ToolCard
      id='tool-clock'
      title='调整系统日期'
      hint='后端按这个时间办理业务（例如缴费期、待确认过期、年度限额）。'
    >
      <Text className='qa-tool__now' id='clock-now'>
        后端当前时间：{shown ?? '—'}
        {qa.clockSimulated ? '（已调整）' : '（真实时间）'}
      </Text>
      {/* Mounted once the backend's time is known: an H5 input whose value changes before it
          has rendered its inner <input> throws. */}
      {shown ? (
        <>
          <InputRow
            id='clock-date'
            label='日期'
            value={pickedDate}
            placeholder='如 2026-12-31'
            onInput={setDate}
          />
          <InputRow
            id='clock-time'
            label='时间'
            value={pickedTime}
            placeholder='如 09:30'
            onInput={setTime}
          />
        </>
      ) : null}
      <ToolError id='clock-error' error={problem ?? qa.clockTask.error} />
      <Tappable
        as='button'
        className='btn btn-primary'
        id='clock-set'
        disabled={qa.clockTask.pending}
        onClick={set}
      >
        设为该时间
      </Tappable>
      <Tappable
        as='button'
        className='btn btn-plain'
        id='clock-real'
        disabled={qa.clockTask.pending || !qa.clockSimulated}
        onClick={() => void qa.setClock(null)}
      >
        恢复真实时间
      </Tappable>
    </ToolCard>
  )
})
