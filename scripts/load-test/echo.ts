import type { Backend } from '../../src/backend'
import { refMsgid, successAnswer } from '../../src/backend/envelope'
import { resolvePolicy } from '../../src/domain/policy'
import { toIsoShanghai } from '../../src/domain/shanghai-time'
import { HttpTransport } from '../../src/services/http-transport'
import { nodeRequest } from '../../test/support/public/node-request'

/**
 * The yardstick: a "backend" that answers every envelope at once with an empty success, served
 * by the same createMockServer (same limits, same log). What the real server costs beyond it is
 * the backend's own work.
 */
export function echoBackend(): Backend {
  return {
    policy: resolvePolicy(),
    stats: { bytesWritten: 0, commits: 0 },
    now: () => Date.now(),
    handle: (raw) => Promise.resolve(successAnswer(refMsgid(raw), toIsoShanghai(Date.now()), {})),
  }
}

/** `clients` devices each sending `perClient` settlement-sized envelopes one after another. */
export async function echoRun(baseUrl: string, clients: number, perClient: number) {
  const latencies: number[] = []
  const started = performance.now()
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const transport = new HttpTransport({ baseUrl, request: nodeRequest, retries: 2 })
      for (let i = 0; i < perClient; i += 1) {
        const sent = performance.now()
        await transport.send({
          infno: '2207',
          msgid: `echo-${c}-${i}`,
          inf_time: '2026-11-23T14:05:00+08:00',
          opter_type: '3',
          input: {
            patient_certno: '41010520140520017X',
            credential_certno: '41010520140520017X',
            inst_type: '零售药店',
            category: '药品',
            amount: 100 + i,
          },
        })
        latencies.push(performance.now() - sent)
      }
    }),
  )
  return { latencies, seconds: (performance.now() - started) / 1000 }
}
