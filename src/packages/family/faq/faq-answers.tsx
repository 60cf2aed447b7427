import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import { Tappable } from '../../../components/tappable'
import { type ErrorCode, formatErrorMessage } from '../../../domain/errors'
import { RELATIONS } from '../../../domain/kinship'
import { formatYuan } from '../../../domain/money'
import { INITIAL_PIN } from '../../../domain/pin-policy'
import { type Policy, SELF_CONSENT_AGE } from '../../../domain/policy'
import { chineseDate, premiumYearOn, yearLabel } from '../../../domain/premium-policy'
import { MAX_RESERVE_PERCENT, MIN_RESERVE_PERCENT } from '../../../domain/reserve'
import { hourLabel } from '../../../domain/shanghai-time'

/** The common reasons a binding fails, each in the words the app shows when it happens. */
function failures(policy: Policy): { when: string; code: ErrorCode; params?: object }[] {
  return [
    { when: '您本人参加的是城乡居民医保，或没有参保', code: 'E_PAYER_NOT_EMPLOYEE' },
    { when: '您本人的医保暂停或终止', code: 'E_PAYER_STATUS', params: { 状态: '暂停参保' } },
    { when: '您本人的参保地不在河南', code: 'E_PAYER_OUT_OF_PROVINCE' },
    { when: '还没有创建共济家庭', code: 'E_NO_FAMILY' },
    { when: '姓名和身份证号对不上', code: 'E_NAME_MISMATCH' },
    { when: '身份证号输错了一位', code: 'E_ID_INVALID' },
    { when: '添加的不是近亲属（如岳父母、公婆、儿媳、女婿）', code: 'E_RELATION_NOT_ALLOWED' },
    { when: '选错了关系（例如把孙子选成了“子女”）', code: 'E_RELATION_MISMATCH' },
    { when: '家人没有参保', code: 'E_MEMBER_NOT_INSURED' },
    { when: '家人的医保已终止', code: 'E_MEMBER_STATUS', params: { 状态: '终止参保' } },
    { when: '家人在外省参保', code: 'E_MEMBER_OUT_OF_PROVINCE' },
    { when: `未满${SELF_CONSENT_AGE}周岁的孩子没有父母的登记信息`, code: 'E_GUARDIAN_REQUIRED' },
    { when: '家人已经在您的共济家庭中', code: 'E_DUPLICATE' },
    {
      when: '您的共济家庭人数已满',
      code: 'E_FAMILY_FULL',
      params: { N: policy.maxMembersPerFamily },
    },
    {
      when: '家人可使用的共济账户已达上限',
      code: 'E_MEMBER_HAS_PAYER',
      params: { N: policy.maxPayersPerMember },
    },
    { when: '确认的人人脸验证没有通过', code: 'E_FACE_FAILED' },
  ]
}

function Question(props: { id: string; title: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(true)
  return (
    <View className='card faq-item' id={props.id}>
      <Tappable
        className='faq-item__head'
        id={`${props.id}-toggle`}
        expanded={open}
        onClick={() => setOpen(!open)}
      >
        <Text className='faq-item__q'>{props.title}</Text>
        <Text className='faq-item__toggle'>{open ? '收起' : '展开'}</Text>
      </Tappable>
      {open ? <View className='faq-item__a'>{props.children}</View> : null}
    </View>
  )
}

function P({ children, id }: { children: React.ReactNode; id?: string }) {
  return (
    <Text className='faq-item__p' id={id}>
      {children}
    </Text>
  )
}

/**
 * 常见问题, every topic of the copy deck. Every number (ages, days, limits, the premium) is read
 * from `policy`, so a province's settings change the answers with the rules.
 */
export function FaqAnswers({ policy, today }: { policy: Policy; today: string }) {
  const premium = premiumYearOn(policy.premiumYears, today)?.premiumYear
  return (
    <>
      <Question id='faq-difference' title='亲情账户和家庭共济有什么不同？'>
        <P>
          亲情账户：在医保电子凭证里添加家人后，您可以替家人出示他自己的医保码、查询他的信息。看病买药用的还是家人自己的医保账户，不会用到您的钱。
        </P>
        <P>
          家庭共济：参加职工医保的您，把自己的个人账户给绑定的家人使用。家人看病买药时个人负担的部分可以从您的账户支付，也可以用您的账户为家人缴纳城乡居民医保费。
        </P>
      </Question>
      <Question id='faq-who' title='哪些家人可以绑定？由谁确认？'>
        <P>共济人（出钱的人）：须参加职工基本医疗保险、正常参保，参保地在河南省。</P>
        <P>可以绑定的家人（近亲属）：{RELATIONS.join('、')}。</P>
        <P>岳父母、公婆、儿媳、女婿等姻亲不属于近亲属，不能绑定。</P>
        <P>家人须正常参加职工医保或城乡居民医保，参保地在河南省内即可，不同地市之间也可以绑定。</P>
        <P id='faq-who-consent'>
          父母为自己未满{SELF_CONSENT_AGE}
          周岁的子女绑定，提交后立即生效；其他人（如祖父母、外祖父母、哥哥姐姐）为未满
          {SELF_CONSENT_AGE}
          周岁的孩子申请，需要孩子的父母（监护人）在“待我确认”中人脸验证后同意；年满
          {SELF_CONSENT_AGE}周岁的家人需要本人确认。申请{policy.pendingDays}
          天内未确认，自动失效；确认前，共济人可以撤回申请。
        </P>
        <P id='faq-who-limits'>
          一个共济家庭最多{policy.maxMembersPerFamily}位家人（含待确认）；一位家人最多同时使用
          {policy.maxPayersPerMember}位共济人的账户，按扣款顺序依次支付。
        </P>
      </Question>
      <Question id='faq-failed' title='为什么绑定没有成功？'>
        <P>常见原因和页面上会看到的提示：</P>
        {failures(policy).map((item) => (
          <View className='faq-reason' key={`${item.code}-${item.when}`} id={`reason-${item.code}`}>
            <Text className='faq-reason__when'>{item.when}</Text>
            <Text className='faq-reason__msg'>
              {formatErrorMessage(item.code, item.params as Record<string, string | number>)}
            </Text>
          </View>
        ))}
      </Question>
      <Question id='faq-scope' title='共济的钱能买什么，不能买什么？'>
        <P>
          可以：在定点医院门诊、住院时个人负担的费用；在定点零售药店买药品、医疗器械、医用耗材；为家人缴纳城乡居民医保个人缴费。
        </P>
        <P>
          不可以：保健品、生活用品、美容、健身，非定点机构的费用，提取现金，缴纳养老保险等其他保险。
        </P>
        <P id='faq-scope-vaccines'>
          {policy.vaccinesAllowed
            ? '疫苗：可以在定点医院门诊接种时支付；药店不销售也不接种疫苗，不能支付。'
            : '疫苗：本地暂不支持用个人账户支付疫苗费用。'}
        </P>
      </Question>
      <Question id='faq-reserve' title='自留金额是什么？家人还能用多少？'>
        <P id='faq-reserve-modes'>
          共济人可以在“共济绑定”中设置自留金额，给自己留一部分钱：不自留（默认）、固定金额，或按比例（
          {MIN_RESERVE_PERCENT}%至{MAX_RESERVE_PERCENT}%）。
        </P>
        <P>
          按比例自留时，比例按今年的账户资金计算：当前余额加上今年家人已经用掉的部分，所以家人用得越多，自留的部分不会因此变少。
        </P>
        <P>
          家人看病买药时用不到自留的部分；您的账户只剩自留金额时，会按扣款顺序由下一位共济人支付，或由家人自付。您本人看病买药、代缴医保、向医保钱包转账不受自留金额限制，会用到自留部分时页面会提醒您。
        </P>
        <P>
          修改后对之后的结算生效。家人在“可使用的共济账户”中看到的是您账户的“可用额度”，看不到您的账户余额。
        </P>
      </Question>
      <Question id='faq-own-credential' title='家人看病时出示谁的医保码？'>
        <P>
          就医人必须出示本人的医保电子凭证或社保卡，不能用共济人的。系统会先扣就医人本人的个人账户（如有），不足的部分再按扣款顺序从共济人的账户支付。
        </P>
      </Question>
      <Question id='faq-refund' title='解除绑定后退费，钱退到哪里？'>
        <P>
          退费按原路返回：当初从哪个账户付的钱，就退回哪个账户，即使绑定已经解除，共济人付的部分也退回共济人的个人账户。
        </P>
      </Question>
      <Question id='faq-premium' title='怎样为家人代缴城乡居民医保？'>
        {premium ? (
          <P id='faq-premium-year'>
            {yearLabel(premium.year)}的缴费期是{chineseDate(premium.periodStart)}至
            {chineseDate(premium.periodEnd)}，个人缴费标准{formatYuan(premium.standard)}
            。只能为已绑定、参加城乡居民医保的家人缴纳当期的费用，每人每年度缴一次。
          </P>
        ) : null}
        {policy.newbornAndSubsidisedExcluded ? (
          <P id='faq-premium-excluded'>
            新生儿出生当年度的居民医保、资助参保人员（如低保、特困人员）的个人缴费不能用个人账户代缴；新生儿从出生的下一年度起可以代缴。
          </P>
        ) : null}
        <P>代缴需要输入个人账户支付密码。</P>
      </Question>
      <Question id='faq-pin' title='支付密码忘了或还是初始密码怎么办？'>
        <P id='faq-pin-initial'>
          每个职工医保个人账户的初始支付密码是{INITIAL_PIN}
          ，第一次代缴前必须改成您自己的6位密码（不能是相同或连续的数字，也不能是生日）。
        </P>
        <P id='faq-pin-attempts'>
          连续输错{policy.pinMaxAttempts}次，支付密码锁定到次日0时；也可以通过人脸识别重新设置。
        </P>
      </Question>
      <Question id='faq-records' title='在哪里查共济的记录？'>
        <P>
          在“共济查询”里：账户变动列出每一笔划入、消费、共济支出、代缴和退费；消费记录列出本人和家人用您账户的消费，点开可以看这笔费用由谁支付了多少。
        </P>
      </Question>
      <Question id='faq-cross-province' title='家人在外省参保，能共济吗？'>
        <P>
          本服务只办理河南省内的家庭共济。跨省共济请使用国家医保服务平台“医保钱包”：在“家庭共济服务”的“跨省共济（医保钱包）”中，从您的个人账户向近亲属的医保钱包转账，在外省参保的家人也可以；对方须先开通医保钱包，并在“待收款”中确认收款。
        </P>
        <P id='faq-cross-province-limits'>
          每笔转账不超过{formatYuan(policy.walletMaxTransfer)}，每天最多转
          {policy.walletDailyCount}笔；{hourLabel(policy.walletClosesHour)}至次日
          {hourLabel(policy.walletOpensHour)}暂停转账。对方没有确认收款的转账，在次日
          {hourLabel(policy.walletOpensHour)}全额退回您的个人账户。转账需要输入个人账户支付密码。
        </P>
      </Question>
      <Question id='faq-offline' title='家人不会用手机，怎么办？'>
        <P id='faq-offline-text'>
          可以携带本人和家人的身份证件到当地医保经办窗口办理绑定、确认和解除，也可以拨打医保服务热线12393咨询。
        </P>
      </Question>
    </>
  )
}
