/**
 * `npm run bench`: numbers, not assertions. First launch of the simulated backend under
 * `node --jitless` (iOS runs mini-program JavaScript without a JIT), the backend at
 * 1k/10k/100k ledger rows, the inbox at 1k/10k/100k messages, then the largest setData while
 * paging 10,000 records on the compiled WeChat output (built if missing).
 */
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { runBackendBench } from './bench-backend'
import { runInboxBench } from './bench-inbox'
import { describeSetDataBench, runSetDataBench } from './bench-setdata'

async function main(): Promise<void> {
  execSync('node --jitless --no-warnings --import tsx scripts/bench-first-launch.ts', {
    stdio: 'inherit',
  })
  console.log('')
  await runBackendBench()
  console.log('')
  await runInboxBench()
  if (!existsSync('dist/weapp/app.json')) execSync('npm run build:weapp', { stdio: 'inherit' })
  console.log('')
  console.log(describeSetDataBench(await runSetDataBench(10_000)))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
