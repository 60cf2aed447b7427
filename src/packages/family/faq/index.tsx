import './index.scss'

import { PageRoot } from '../../../components/display-mode'
import { Tappable } from '../../../components/tappable'
import { DEFAULT_POLICY } from '../../../domain/policy'
import { navigate, routes } from '../../../platform/navigation'
import { useStores } from '../../../stores/store-context'
import { FaqAnswers } from './faq-answers'

/** 常见问题: plain answers to what citizens ask most about 家庭共济, from this build's policy. */
export default function FaqPage() {
  const root = useStores()
  return (
    <PageRoot className='page faq'>
      <FaqAnswers policy={DEFAULT_POLICY} today={root.backendToday()} />
      <Tappable
        as='button'
        className='btn btn-primary'
        id='faq-to-binding'
        onClick={() => navigate(routes.binding)}
      >
        去办理共济绑定
      </Tappable>
    </PageRoot>
  )
}
