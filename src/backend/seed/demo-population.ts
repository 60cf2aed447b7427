import type { InsuStatus, InsuType } from '../../domain/insurance'
import type { Fen } from '../../domain/money'

/** The demo population (人口库) the simulated backend starts with. Every ID passes GB 11643. */
export interface DemoPerson {
  name: string
  certno: string
  insutype: InsuType | null
  status: InsuStatus
  admdvs: string | null
  /** Balance after the seeded history, 分. */
  balance: Fen
  /** Monthly 划入 for the 24 seeded months, 分 (310 accounts). */
  monthlyCredit: Fen
  /** U4: 划入 stopped this many months ago, when the insurance was suspended (暂停). */
  suspendedMonthsAgo?: number
  /** Where the seeded purchases were made; 郑州 unless insured elsewhere. */
  outletCity?: '广州'
  /** D1: 资助参保 (e.g. 低保): the government pays the individual premium. */
  subsidised?: true
  /** A PIN already changed from the initial one. */
  pin?: string
  parents: string[]
  spouse?: string
  premiumsPaid: number[]
  /** W1: has opened a 医保钱包 (empty) before the demo starts. */
  walletOpened?: boolean
  summary: string
}

const ZJG = '410105196803120315'
const LXL = '410105197007080425'
const ZW = '410105199204110514'
const WGZ = '411302194501150467'
const ZDM = '410105194308210138'
const ZSZ = '410105194802020225'
const LXM = '410105197504150420'

export const DEMO_POPULATION: readonly DemoPerson[] = [
  {
    name: '张建国',
    certno: ZJG,
    insutype: '310',
    status: '1',
    admdvs: '410100',
    balance: 352640,
    monthlyCredit: 15230,
    parents: [ZDM, WGZ],
    spouse: LXL,
    premiumsPaid: [],
    summary: '主要共济人，在职职工；尚未修改初始支付密码',
  },
  {
    name: '李秀兰',
    certno: LXL,
    insutype: '310',
    status: '1',
    admdvs: '410100',
    balance: 821000,
    monthlyCredit: 9800,
    pin: '258369',
    parents: [ZSZ],
    spouse: ZJG,
    premiumsPaid: [],
    summary: '张建国的配偶，退休职工；第二共济人，已设置支付密码',
  },
  {
    name: '张伟',
    certno: ZW,
    insutype: '310',
    status: '1',
    admdvs: '410100',
    balance: 120000,
    monthlyCredit: 11000,
    parents: [ZJG, LXL],
    premiumsPaid: [],
    summary: '张建国、李秀兰之子，在职职工',
  },
  {
    name: '张雨萱',
    certno: '410302200609010287',
    insutype: '390',
    status: '1',
    admdvs: '410300',
    balance: 0,
    monthlyCredit: 0,
    parents: [ZJG, LXL],
    premiumsPaid: [2026],
    summary: '张建国之女，20岁，洛阳参保；绑定需本人确认',
  },
  {
    name: '张雨桐',
    certno: '410105201003030446',
    insutype: '390',
    status: '1',
    admdvs: '410100',
    balance: 0,
    monthlyCredit: 0,
    parents: [ZJG, LXL],
    premiumsPaid: [2026],
    summary: '张建国之女，刚满16岁：年龄分界',
  },
  {
    name: '张浩然',
    certno: '41010520140520017X',
    insutype: '390',
    status: '1',
    admdvs: '410100',
    balance: 0,
    monthlyCredit: 0,
    parents: [ZJG, LXL],
    premiumsPaid: [2026],
    summary: '张建国之子，12岁：绑定即时生效，可由父母双方共济',
  },
  {
    name: '王桂芝',
    certno: WGZ,
    insutype: '390',
    status: '1',
    admdvs: '411300',
    balance: 0,
    monthlyCredit: 0,
    parents: [],
    spouse: ZDM,
    premiumsPaid: [2026, 2027],
    summary: '张建国之母，张德明的配偶，南阳参保；2027年度已缴费',
  },
  {
    name: '张德明',
    certno: ZDM,
    insutype: '390',
    status: '4',
    admdvs: '410100',
    balance: 0,
    monthlyCredit: 0,
    parents: [],
    spouse: WGZ,
    premiumsPaid: [2026],
    summary: '张建国之父，王桂芝的配偶，终止参保：不能绑定',
  },
  {
    name: '张建军',
    certno: '440106197211300159',
    insutype: '310',
    status: '1',
    admdvs: '440100',
    balance: 200000,
    monthlyCredit: 13000,
    outletCity: '广州',
    parents: [ZDM, WGZ],
    premiumsPaid: [],
    walletOpened: true,
    summary: '张建国之弟，广州参保：省外',
  },
  {
    name: '周淑珍',
    certno: ZSZ,
    insutype: '390',
    status: '1',
    admdvs: '410100',
    balance: 0,
    monthlyCredit: 0,
    parents: [],
    premiumsPaid: [2026],
    summary: '李秀兰之母：李秀兰可绑定，张建国不可（岳母）',
  },
  {
    name: '张小满',
    certno: '410105202606010131',
    insutype: '390',
    status: '1',
    admdvs: '410100',
    balance: 0,
    monthlyCredit: 0,
    parents: [ZW],
    premiumsPaid: [],
    summary: '张伟之子，2026-06-01出生：祖父母绑定需父亲确认；2026年度不支持代缴，2027年度可以',
  },
  {
    name: '刘强',
    certno: '410102198506180397',
    insutype: '310',
    status: '2',
    admdvs: '410100',
    balance: 56000,
    monthlyCredit: 6000,
    suspendedMonthsAgo: 6,
    parents: [],
    premiumsPaid: [],
    summary: '无亲属关系，暂停参保：不能建立共济家庭，本人账户仍可支付本人费用',
  },
  {
    name: '陈静',
    certno: '410104199012250604',
    insutype: null,
    status: '0',
    admdvs: null,
    balance: 0,
    monthlyCredit: 0,
    parents: [],
    premiumsPaid: [],
    summary: '无亲属关系，未参保',
  },
  {
    name: '李秀梅',
    certno: LXM,
    insutype: '390',
    status: '1',
    admdvs: '410100',
    balance: 0,
    monthlyCredit: 0,
    subsidised: true,
    parents: [ZSZ],
    premiumsPaid: [2026],
    summary: '李秀兰之妹，资助参保（低保）：李秀兰可绑定，不能由个人账户代缴',
  },
]
