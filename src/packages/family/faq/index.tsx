import './index.scss'

import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'

import { type ErrorCode, formatErrorMessage } from '../../../domain/errors'
import { RELATIONS } from '../../../domain/kinship'
import { navigate, routes } from '../../../platform/navigation'

/** The common reasons a binding fails, each in the words the app shows when it happens. */
const FAILURES: { when: string; code: ErrorCode; params?: Record<string, string> }[] = [
  { when: '您本人参加的是城乡居民医保，或没有参保', code: 'E_PAYER_NOT_EMPLOYEE' },
  { when: '您本人的医保暂停或终止', code: 'E_PAYER_STATUS', params: { 状态: '暂停参保' } },
  { when: '您本人的参保地不在河南', code: 'E_PAYER_OUT_OF_PROVINCE' },
  { when: '还没有创建共济家庭', code: 'E_NO_FAMILY' },
  { when: '姓名和身份证号对不上', code: 'E_NAME_MISMATCH' },
  { when: '身份证号输错了一位', code: 'E_ID_INVALID' },
  { when: '添加的是岳父母、公婆、儿媳、女婿等', code: 'E_RELATION_NOT_ALLOWED' },
  { when: '选错了关系（例如把孙子选成了“子女”）', code: 'E_RELATION_MISMATCH' },
  { when: '家人没有参保', code: 'E_MEMBER_NOT_INSURED' },
  { when: '家人的医保已终止', code: 'E_MEMBER_STATUS', params: { 状态: '终止参保' } },
  { when: '家人在外省参保', code: 'E_MEMBER_OUT_OF_PROVINCE' },
  { when: '家人已经在您的共济家庭中', code: 'E_DUPLICATE' },
  { when: '家人可使用的共济账户已达上限', code: 'E_MEMBER_HAS_PAYER', params: { N: '3' } },
  { when: '年满16周岁的家人本人人脸验证没有通过', code: 'E_FACE_FAILED' },
]

function Question({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: React.ReactNode
}) {
  const [open, setOpen] = useState(true)
  return (
    <View className='card faq-item' id={id}>
      <View className='faq-item__head' onClick={() => setOpen(!open)}>
        <Text className='faq-item__q'>{title}</Text>
        <Text className='faq-item__toggle'>{open ? '收起' : '展开'}</Text>
      </View>
      {open ? <View className='faq-item__a'>{children}</View> : null}
    </View>
  )
}

function P({ children }: { children: React.ReactNode }) {
  return <Text className='faq-item__p'>{children}</Text>
}

/** 常见问题: plain answers to what citizens ask most about 家庭共济. */
export default function FaqPage() {
  return (
    <View className='page faq'>
      <Question id='faq-difference' title='亲情账户和家庭共济有什么不同？'>
        <P>
          亲情账户：在医保电子凭证里添加家人后，您可以替家人出示他自己的医保码、查询他的信息。看病买药用的还是家人自己的医保账户，不会用到您的钱。
        </P>
        <P>
          家庭共济：参加职工医保的您，把自己的个人账户给绑定的家人使用。家人看病买药时个人负担的部分可以从您的账户支付，也可以用您的账户为家人缴纳城乡居民医保费。
        </P>
      </Question>
      <Question id='faq-who' title='哪些家人可以绑定？'>
        <P>共济人（出钱的人）：须参加职工基本医疗保险、正常参保，参保地在河南省。</P>
        <P>可以绑定的家人（近亲属）：{RELATIONS.join('、')}。</P>
        <P>岳父母、公婆、儿媳、女婿等姻亲不属于近亲属，不能绑定。</P>
        <P>家人须正常参加职工医保或城乡居民医保，参保地在河南省内即可，不同地市之间也可以绑定。</P>
        <P>
          未满16周岁的家人提交后立即绑定；年满16周岁的家人需要本人登录确认并完成人脸验证，超过有效期未确认，申请自动失效。
        </P>
      </Question>
      <Question id='faq-failed' title='为什么绑定没有成功？'>
        <P>常见原因和页面上会看到的提示：</P>
        {FAILURES.map((item) => (
          <View className='faq-reason' key={`${item.code}-${item.when}`} id={`reason-${item.code}`}>
            <Text className='faq-reason__when'>{item.when}</Text>
            <Text className='faq-reason__msg'>{formatErrorMessage(item.code, item.params)}</Text>
          </View>
        ))}
      </Question>
      <Question id='faq-cross-province' title='家人在外省参保，能共济吗？'>
        <P>
          本服务只办理河南省内的家庭共济。跨省共济请使用国家医保服务平台“医保钱包”：在国家医保服务平台App或微信、支付宝中的国家医保服务平台小程序开通医保钱包后，按提示为外省的家人转账。
        </P>
      </Question>
      <Button
        className='btn btn-primary'
        id='faq-to-binding'
        onClick={() => navigate(routes.binding)}
      >
        去办理共济绑定
      </Button>
    </View>
  )
}
