import { render, screen } from '@testing-library/react'

import FaqPage from '../../src/packages/family/faq/index'
import { el, tap } from '../support/screen'
import { mockTaro, navigation } from '../support/test-app'

describe('常见问题', () => {
  beforeEach(() => mockTaro.reset())

  it('answers the four common questions', () => {
    render(<FaqPage />)
    expect(screen.getByText('亲情账户和家庭共济有什么不同？')).toBeTruthy()
    expect(screen.getByText('哪些家人可以绑定？')).toBeTruthy()
    expect(screen.getByText('为什么绑定没有成功？')).toBeTruthy()
    expect(screen.getByText('家人在外省参保，能共济吗？')).toBeTruthy()
    expect(el('#faq-who').textContent).toContain(
      '配偶、父亲、母亲、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女',
    )
    expect(el('#faq-cross-province').textContent).toContain('国家医保服务平台“医保钱包”')
  })

  it('lists why a binding fails with the messages the app shows', () => {
    render(<FaqPage />)
    expect(el('#reason-E_RELATION_NOT_ALLOWED').textContent).toContain(
      '仅支持绑定配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女等近亲属。',
    )
    expect(el('#reason-E_MEMBER_OUT_OF_PROVINCE').textContent).toContain('医保钱包')
    expect(el('#reason-E_PAYER_STATUS').textContent).toContain(
      '您当前参保状态为“暂停参保”，暂不能办理家庭共济。',
    )
    expect(el('#reason-E_NAME_MISMATCH')).toBeTruthy()
    expect(el('#reason-E_PAYER_NOT_EMPLOYEE')).toBeTruthy()
  })

  it('folds an answer and leads on to 共济绑定', () => {
    render(<FaqPage />)
    tap('#faq-difference > div')
    expect(el('#faq-difference').textContent).not.toContain('家庭共济：')
    tap('#faq-to-binding')
    expect(navigation.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/binding/index' })
  })
})
