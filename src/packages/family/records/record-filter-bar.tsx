import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'

import { DateField } from '../../../components/date-field'
import { Tappable } from '../../../components/tappable'
import type { LedgerKind } from '../../../domain/api'
import { hiddenAttributes } from '../../../platform/a11y'
import { TAB_KINDS, TIME_PRESETS } from '../../../stores/record-filters'
import { useStores } from '../../../stores/store-context'

type Panel = 'time' | 'kind' | 'member' | null

/** ASCII ids for the kinds, so tests and QA scripts can tap them. */
export const KIND_IDS: Record<LedgerKind, string> = {
  划入: 'in',
  本人消费: 'own',
  共济支出: 'mulaid-out',
  共济收入: 'mulaid-in',
  代缴: 'premium',
  退费: 'refund',
  转出至医保钱包: 'wallet-out',
  医保钱包退回: 'wallet-back',
  医保钱包转入: 'wallet-in',
  医保钱包支付: 'wallet-pay',
}

function Chip(props: { id: string; label: string; on: boolean; onClick: () => void }) {
  return (
    <Tappable
      id={props.id}
      className={`record-filters__chip ${props.on ? 'record-filters__chip--on' : ''}`}
      role='radio'
      checked={props.on}
      onClick={props.onClick}
    >
      <Text>{props.label}</Text>
    </Tappable>
  )
}

function FilterButton(props: { id: string; label: string; open: boolean; onClick: () => void }) {
  return (
    <Tappable
      id={props.id}
      className={`record-filters__button ${props.open ? 'record-filters__button--open' : ''}`}
      expanded={props.open}
      onClick={props.onClick}
    >
      <Text className='record-filters__button-text'>{props.label}</Text>
      <Text className='record-filters__caret' {...hiddenAttributes}>
        {props.open ? '▲' : '▼'}
      </Text>
    </Tappable>
  )
}

/** One end of the date range; the latest day that can be picked is the backend's today. */
const DatePick = observer(function DatePickView(props: {
  which: 'from' | 'to'
  label: string
  today: string
}) {
  const { records } = useStores()
  return (
    <DateField
      id={`date-${props.which}`}
      className='record-filters__date'
      label={props.label}
      picked={records.filters[props.which]}
      fallback={props.today}
      start='2000-01-01'
      end={props.today}
      onPick={(date) => records.setDate(props.which, date)}
    />
  )
})

const TimePanel = observer(function TimePanelView({ onDone }: { onDone: () => void }) {
  const root = useStores()
  const { records } = root
  const filters = records.filters
  const today = root.backendToday()
  return (
    <View className='record-filters__panel' id='panel-time'>
      <View className='record-filters__chips'>
        {TIME_PRESETS.map(({ preset, label }) => (
          <Chip
            key={preset}
            id={`time-${preset}`}
            label={label}
            on={filters.preset === preset}
            onClick={() => {
              records.setPreset(preset)
              onDone()
            }}
          />
        ))}
      </View>
      <View className='record-filters__dates'>
        <DatePick which='from' label='开始日期' today={today} />
        <Text className='record-filters__to'>至</Text>
        <DatePick which='to' label='结束日期' today={today} />
      </View>
      <Tappable as='button' className='btn btn-plain' id='panel-done' onClick={onDone}>
        收起
      </Tappable>
    </View>
  )
})

const KindPanel = observer(function KindPanelView({ onDone }: { onDone: () => void }) {
  const { records } = useStores()
  const current = records.filters.kind[records.tab]
  const pick = (kind: LedgerKind | null) => {
    records.setKind(kind)
    onDone()
  }
  return (
    <View className='record-filters__panel record-filters__chips' id='panel-kind'>
      <Chip id='kind-all' label='全部类型' on={current === null} onClick={() => pick(null)} />
      {TAB_KINDS[records.tab].map((kind) => (
        <Chip
          key={kind}
          id={`kind-${KIND_IDS[kind]}`}
          label={kind}
          on={current === kind}
          onClick={() => pick(kind)}
        />
      ))}
    </View>
  )
})

const MemberPanel = observer(function MemberPanelView({ onDone }: { onDone: () => void }) {
  const { records } = useStores()
  const current = records.filters.bindingId
  const pick = (bindingId: string | null) => {
    records.setMember(bindingId)
    onDone()
  }
  return (
    <View className='record-filters__panel record-filters__chips' id='panel-member'>
      <Chip id='member-all' label='全部成员' on={current === null} onClick={() => pick(null)} />
      {records.members.map((m) => (
        <Chip
          key={m.bindingId}
          id={`member-${m.bindingId}`}
          label={`${m.name}（${m.role}）`}
          on={current === m.bindingId}
          onClick={() => pick(m.bindingId)}
        />
      ))}
    </View>
  )
})

/** 时间 / 类型 / 成员: one button each; tapping opens its choices right below. */
export const RecordFilterBar = observer(function RecordFilterBarView() {
  const { records } = useStores()
  const [panel, setPanel] = useState<Panel>(null)
  const filters = records.filters
  const toggle = (next: Panel) => setPanel(panel === next ? null : next)
  const close = () => setPanel(null)
  const member = records.members.find((m) => m.bindingId === filters.bindingId)
  return (
    <View className='record-filters'>
      <View className='record-filters__bar'>
        <FilterButton
          id='filter-time'
          label={filters.preset === 'custom' ? '自选时间' : filters.timeLabel}
          open={panel === 'time'}
          onClick={() => toggle('time')}
        />
        <FilterButton
          id='filter-kind'
          label={filters.kind[records.tab] ?? '全部类型'}
          open={panel === 'kind'}
          onClick={() => toggle('kind')}
        />
        {records.members.length > 0 ? (
          <FilterButton
            id='filter-member'
            label={member ? member.name : '全部成员'}
            open={panel === 'member'}
            onClick={() => toggle('member')}
          />
        ) : null}
      </View>
      {panel === 'time' ? <TimePanel onDone={close} /> : null}
      {panel === 'kind' ? <KindPanel onDone={close} /> : null}
      {panel === 'member' ? <MemberPanel onDone={close} /> : null}
      {filters.preset === 'custom' ? (
        <Text className='record-filters__range hint' id='time-range'>
          {filters.timeLabel}
        </Text>
      ) : null}
    </View>
  )
})
