import { Button, Picker, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { displayTime } from '../../../components/display-time'
import type { QaStore } from '../../../stores/qa-store'
import { ToolCard, ToolError } from './form'

/** 调整系统日期: moves the simulated backend's clock, or puts it back on real time. */
export const ClockTool = observer(function ClockToolView({ qa }: { qa: QaStore }) {
  const shown = qa.backendNow ? displayTime(qa.backendNow) : null
  const [date, setDate] = useState<string | null>(null)
  const [time, setTime] = useState<string | null>(null)
  const pickedDate = date ?? shown?.slice(0, 10) ?? '2026-11-23'
  const pickedTime = time ?? shown?.slice(11, 16) ?? '09:00'

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
      <View className='qa-form__row qa-form__pair'>
        <Picker
          mode='date'
          className='qa-form__picker'
          id='clock-date'
          value={pickedDate}
          onChange={(e) => setDate(String(e.detail.value))}
        >
          <View className='qa-form__field'>
            <Text>{pickedDate}</Text>
          </View>
        </Picker>
        <Picker
          mode='time'
          className='qa-form__picker'
          id='clock-time'
          value={pickedTime}
          onChange={(e) => setTime(String(e.detail.value))}
        >
          <View className='qa-form__field'>
            <Text>{pickedTime}</Text>
          </View>
        </Picker>
      </View>
      <ToolError id='clock-error' error={qa.clockTask.error} />
      <Button
        className='btn btn-primary'
        id='clock-set'
        disabled={qa.clockTask.pending}
        onClick={() => void qa.setClock(`${pickedDate}T${pickedTime}:00+08:00`)}
      >
        设为该时间
      </Button>
      <Button
        className='btn btn-plain'
        id='clock-real'
        disabled={qa.clockTask.pending || !qa.clockSimulated}
        onClick={() => void qa.setClock(null)}
      >
        恢复真实时间
      </Button>
    </ToolCard>
  )
})
