import './index.scss'

import { useDidShow, useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'

import { PageRoot } from '../../../components/display-mode'
import { FaceCheckDialog } from '../../../components/face-check-dialog'
import { PageStatus } from '../../../components/page-status'
import { useStores } from '../../../stores/store-context'
import { OwnWallet } from './own-wallet'
import { RulesCard } from './rules-card'
import { TransferForm } from './transfer-form'
import { PendingIn, TransferHistory } from './transfer-list'

/**
 * 跨省共济（医保钱包） (W1–W4): the rules first, then the wallet, 待收款 and transfers; opened from
 * a message (`?transfer=<id>`), that transfer is marked.
 */
function WalletPage() {
  const { wallet } = useStores()
  const focus = useRouter().params.transfer ?? null
  useDidShow(() => void wallet.load())
  const first = wallet.view === null
  return (
    <PageRoot className='page wallet'>
      <PageStatus
        loading={first && wallet.loadTask.pending}
        error={first ? wallet.loadTask.error : null}
        onRetry={() => void wallet.load()}
      />
      <RulesCard />
      <PendingIn focus={focus} />
      <OwnWallet />
      <TransferForm />
      <TransferHistory focus={focus} />
      <FaceCheckDialog />
    </PageRoot>
  )
}

export default observer(WalletPage)
