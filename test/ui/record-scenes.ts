import type { SettlementView } from '../../src/domain/api'
import { CERT } from '../helpers/backend-client'
import { act as scene, familyOf } from './binding-helpers'
import type { TestApp } from './render-page'

export interface SharedStory {
  zhangBinding: string
  liBinding: string
  settlement: SettlementView
}

/**
 * 张建国 then 李秀兰 bind 张浩然 (12: active at once); 张建国 limits his share to ¥100.00 a year;
 * 张浩然 buys ¥300.00 of 药品 at a 零售药店: 张建国 pays ¥100.00, 李秀兰 ¥200.00.
 */
export async function sharedStory(app: TestApp): Promise<SharedStory> {
  const [zhangBinding] = await familyOf(app, '张建国', [['张浩然', '子女']])
  const [liBinding] = await familyOf(app, '李秀兰', [['张浩然', '子女']])
  await scene(app, '张建国', '5307', { binding_id: zhangBinding, annual_limit: 10000 })
  const settlement = await scene(app, '张建国', '2207', {
    patient_certno: CERT.张浩然,
    credential_certno: CERT.张浩然,
    inst_type: '零售药店',
    category: '药品',
    amount: 30000,
  })
  return { zhangBinding, liBinding, settlement }
}
