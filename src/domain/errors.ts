/** The error catalogue (rule book §10). Codes are stable; messages are the defaults. */
export const ERROR_MESSAGES = {
  E_PAYER_NOT_EMPLOYEE: '您未参加职工基本医疗保险，没有个人账户，暂不能作为共济人。',
  E_PAYER_STATUS: '您当前参保状态为“{状态}”，暂不能办理家庭共济。',
  E_PAYER_OUT_OF_PROVINCE: '您的参保地不在河南省，请在参保地办理家庭共济。',
  E_PLEDGE_REQUIRED: '请先阅读并同意《家庭共济承诺书》。',
  E_NO_FAMILY: '请先创建共济家庭。',
  E_FAMILY_EXISTS: '您已建立共济家庭，无需重复创建。',
  E_ID_INVALID: '请输入正确的18位居民身份证号码。',
  E_NAME_MISMATCH: '姓名与身份证号码不一致，请核对后重试。',
  E_SELF: '不能将本人添加为家庭成员。',
  E_RELATION_NOT_ALLOWED:
    '仅支持绑定配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女等近亲属。',
  E_RELATION_MISMATCH: '所选亲属关系与登记信息不符，请核对关系类型。',
  E_MEMBER_NOT_INSURED: '该家庭成员未参加基本医疗保险，无法绑定。',
  E_MEMBER_STATUS: '该家庭成员参保状态为“{状态}”，暂不能绑定。',
  E_MEMBER_OUT_OF_PROVINCE:
    '该家庭成员不在河南省内参保，不能办理河南省内家庭共济。可通过“跨省共济（医保钱包）”向其医保钱包转账。',
  E_GUARDIAN_REQUIRED:
    '该家庭成员未满16周岁，需由其父母确认；系统中没有其父母的登记信息，请到医保经办窗口办理。',
  E_DUPLICATE: '该家庭成员已在您的共济家庭中，请勿重复添加。',
  E_FAMILY_FULL: '您的共济家庭成员已达上限（{N}人）。',
  E_MEMBER_HAS_PAYER: '该家庭成员可使用的共济账户已达上限（{N}个）。',
  E_FACE_FAILED: '人脸识别未通过，请确认为本人操作后重试。',
  E_BINDING_STATE: '该绑定当前状态为“{状态}”，不能进行此操作。',
  E_LIMIT_BELOW_USED: '限额不能低于本年度已使用的¥{已用}。',
  E_SCOPE: '该费用不属于个人账户支付范围，不能使用共济资金支付。',
  E_NOT_OWN_CREDENTIAL: '请使用就医人本人的医保电子凭证或社保卡结算。',
  E_REFUND_EXCEEDS: '退费金额不能超过原结算金额中未退部分（¥{可退}）。',
  E_NOT_BOUND: '请先将该家庭成员绑定为共济成员后再办理代缴。',
  E_PAYEE_EMPLOYEE: '该人员参加职工基本医疗保险，无需缴纳城乡居民医保费。',
  // D1 names which exclusion applies and when it ends; the raise sites fill both in.
  E_PAYEE_EXCLUDED: '该人员为{类别}，{说明}',
  E_OUT_OF_PERIOD: '当前不在{年度}城乡居民医保缴费期（{起}至{止}）。',
  E_AMOUNT: '{年度}城乡居民医保个人缴费标准为¥{标准}，请核对金额。',
  E_ALREADY_PAID: '该人员{年度}城乡居民医保已缴费，无需重复缴纳。',
  E_BALANCE: '您的个人账户余额（¥{余额}）不足以支付¥{金额}。',
  E_PIN_INITIAL: '您仍在使用初始支付密码，请先修改后再支付。',
  E_PIN_WRONG: '支付密码错误，您还可尝试{n}次。',
  E_PIN_LOCKED: '支付密码错误次数过多，已锁定至次日0时，可通过人脸识别重置。',
  E_PIN_WEAK: '新密码过于简单，请勿使用相同、连续数字或生日。',
  E_RESERVE_INVALID: '自留金额设置有误：固定金额不能为负，比例须在1%至90%之间。',
  E_WALLET_NOT_OPEN: '对方尚未开通医保钱包，请提醒其在国家医保服务平台开通后再转账。',
  E_WALLET_AMOUNT: '单笔转账金额须在¥0.01至¥2,000.00之间。',
  E_WALLET_DAILY_COUNT: '您今日已转账3笔，请明日再试。',
  E_WALLET_HOURS: '22:00至次日06:00暂停转账，请在06:00后再试。',
  E_WALLET_PENDING: '您向该家庭成员的上一笔转账尚待对方确认收款，请等待确认或退回后再转。',
  // Not in the rule book's table, and no code there fits (docs/rules/reserve-wallet-inbox.md,
  // "Two codes the catalogue lacks"): W1's own eligibility and W3's one-way states.
  E_WALLET_NOT_ELIGIBLE: '您当前参保状态为“{状态}”，暂不能开通医保钱包；恢复正常参保后即可开通。',
  E_TRANSFER_STATE:
    '该笔转账当前状态为“{状态}”，不能再确认收款。已退回的款项在转出人的个人账户中，可请其重新转账。',
  E_MSGID_REUSED: '重复的请求编号，请刷新后重试。',
  E_FORBIDDEN: '您无权进行此操作。',
  E_BAD_REQUEST: '请求参数有误：{字段}。',
  // Not in the rule book's table, but needed by every client: no session, or an expired one.
  E_NOT_LOGGED_IN: '请先登录后再办理。',
  E_NOT_FOUND: '未找到相关记录，请刷新后重试。',
  E_STORAGE_CORRUPT: '本机保存的医保数据已损坏，请在“测试工具”中重置演示数据后重试。',
  E_STORAGE_FULL: '本机存储空间不足，请清理后重试，本次操作未生效。',
  E_STORAGE_IO: '医保数据读写失败，请稍后重试，本次操作未生效。',
  E_NETWORK: '网络连接失败，请检查网络后重试。',
  E_TIMEOUT: '服务响应超时，请稍后重试。',
  E_SERVER: '医保服务暂时不可用，请稍后重试。',
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export type ErrorParams = Record<string, string | number>

export function formatErrorMessage(code: ErrorCode, params: ErrorParams = {}): string {
  return ERROR_MESSAGES[code].replace(/\{([^}]+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  )
}

/** A rejection raised by the rules; the backend turns it into an answer envelope. */
export class DomainError extends Error {
  readonly code: ErrorCode
  readonly params: ErrorParams

  /** `message` replaces the catalogue default where the rule can say more precisely what is wrong. */
  constructor(code: ErrorCode, params: ErrorParams = {}, message?: string) {
    super(message ?? formatErrorMessage(code, params))
    this.name = 'DomainError'
    this.code = code
    this.params = params
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value)
}
