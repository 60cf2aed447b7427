import type { ErrorCode } from '../../../domain/errors'

export type NextStep = 'edit' | 'relation' | 'faq' | 'family' | 'create-family' | 'retry'

/** After a refusal the citizen is offered one next step as a button, chosen by the error code. */
const STEPS: Partial<Record<ErrorCode, NextStep>> = {
  E_ID_INVALID: 'edit',
  E_NAME_MISMATCH: 'edit',
  E_SELF: 'edit',
  E_RELATION_MISMATCH: 'relation',
  E_RELATION_NOT_ALLOWED: 'faq',
  E_MEMBER_NOT_INSURED: 'faq',
  E_MEMBER_STATUS: 'faq',
  E_MEMBER_OUT_OF_PROVINCE: 'faq',
  E_MEMBER_HAS_PAYER: 'faq',
  E_DUPLICATE: 'family',
  E_FAMILY_FULL: 'family',
  E_PAYER_NOT_EMPLOYEE: 'family',
  E_PAYER_STATUS: 'family',
  E_PAYER_OUT_OF_PROVINCE: 'family',
  E_NO_FAMILY: 'create-family',
}

export const NEXT_STEP_LABELS: Record<NextStep, string> = {
  edit: '修改姓名或身份证号',
  relation: '重新选择关系',
  faq: '查看常见问题',
  family: '返回我的共济家庭',
  'create-family': '去创建共济家庭',
  retry: '重新提交',
}

export function nextStepFor(code: ErrorCode): NextStep {
  return STEPS[code] ?? 'retry'
}
