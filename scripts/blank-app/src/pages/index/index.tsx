import { Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { makeAutoObservable } from 'mobx'
import { observer } from 'mobx-react-lite'

dayjs.extend(utc)

class Counter {
  count = 0
  constructor() {
    makeAutoObservable(this)
  }
  increment() {
    this.count += 1
  }
}

const counter = new Counter()

/** One page that uses each library, so none is left out of the bundle. */
function Index() {
  return (
    <View onClick={() => counter.increment()}>
      <Text>{`${counter.count} ${dayjs.utc(0).format('YYYY-MM-DD')}`}</Text>
    </View>
  )
}

export default observer(Index)
