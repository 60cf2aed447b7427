import './index.scss'

import { Text } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect } from 'react'

import { PageRoot } from '../../../components/display-mode'
import { FaceCheckDialog } from '../../../components/face-check-dialog'
import { LoginRequired } from '../../../components/login-required'
import { Tappable } from '../../../components/tappable'
import { navigate, routes } from '../../../platform/navigation'
import { useStores } from '../../../stores/store-context'
import { MemberSection } from './member-section'
import { PayerSection } from './payer-section'

const BindingSections = observer(function BindingSectionsView() {
  const { family } = useStores()
  // Someone who cannot share an account mostly comes here for what family shares with them.
  const memberFirst = family.loaded && family.refusal !== null && family.family === null
  if (memberFirst) {
    return (
      <>
        <MemberSection always />
        <PayerSection />
      </>
    )
  }
  return (
    <>
      <PayerSection />
      <MemberSection always={false} />
    </>
  )
})

/** 共济绑定: one page for both sides, since a person can be 共济人 and 被共济人 at once. */
function BindingPage() {
  const { session, family, member } = useStores()
  const loggedIn = session.loggedIn
  const load = () => {
    void family.load()
    void member.load()
  }
  // On every return to the page (a member added, a request confirmed elsewhere) and once the
  // launch-time session restore has logged the citizen in.
  useDidShow(() => {
    if (session.loggedIn) load()
  })
  useEffect(() => {
    family.clearErrors()
    member.clearErrors()
  }, [family, member])
  useEffect(() => {
    if (loggedIn) load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loggedIn])
  return (
    <PageRoot className='page binding'>
      <LoginRequired>
        <BindingSections />
        <Tappable className='binding__faq' id='binding-faq' onClick={() => navigate(routes.faq)}>
          <Text className='binding__faq-link'>常见问题</Text>
        </Tappable>
        <FaceCheckDialog />
      </LoginRequired>
    </PageRoot>
  )
}

export default observer(BindingPage)
