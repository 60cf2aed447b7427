import { TRANSACTIONS } from '../src/backend/transactions/table'
import { ERROR_MESSAGES } from '../src/domain/errors'

const CALLERS = { anyone: '任何人', session: '已登录本人', qa: '测试工具（仅模拟后端）' }

/** docs/api.md, written from the one transaction table so it can never drift from the code. */
export function renderApiDoc(): string {
  const rows = Object.values(TRANSACTIONS)
    .filter((t) => t !== undefined)
    .sort((a, b) => a.infno.localeCompare(b.infno))
    .map(
      (t) =>
        `| ${t.infno} | ${t.name} | ${CALLERS[t.who]} | ${t.mutates ? '是' : '否'} | ${t.summary} |`,
    )
  const errors = Object.entries(ERROR_MESSAGES).map(([code, message]) => `| ${code} | ${message} |`)
  return [
    '# 后端接口（由 `npm run docs:api` 从交易表生成，请勿手改）',
    '',
    '一个契约，三种调用方：应用内 `LocalTransport`、模拟服务器 `POST /api`（同样的 JSON）、测试。',
    '类型定义见 `src/domain/api.ts`；交易表见 `src/backend/transactions/table.ts`。',
    '',
    '## 报文',
    '',
    '- 请求：`{ infno, msgid, inf_time, opter_type: "3", token?, input }`',
    '- 应答：`{ infcode: 0 | -1, err_code?, err_msg?, inf_refmsgid, respond_time, output? }`',
    '- `msgid` 每个请求唯一，是幂等键：改变状态的交易以同一 msgid 重发，返回第一次的应答且不再改变任何数据；',
    '  同一 msgid 用于不同请求返回 E_MSGID_REUSED。金额一律为整数“分”；时间为带 +08:00 的 ISO 8601。',
    '- 模拟服务器对每个格式正确的报文（无论成功或业务错误）返回 HTTP 200，只有不是报文的请求体返回 400。',
    '',
    '## 交易',
    '',
    '| infno | 名称 | 调用方 | 改变状态 | 说明 |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    '## 错误码',
    '',
    '| 错误码 | 默认提示 |',
    '|---|---|',
    ...errors,
    '',
  ].join('\n')
}
