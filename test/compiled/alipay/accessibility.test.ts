import fs from 'node:fs'
import path from 'node:path'

import { accessibilityScenarios } from '../accessibility-family'
import { distSnapshot } from '../shared/dist-snapshot'
import { launchAlipay } from './harness'

describe('Alipay build: 长辈模式 and accessibility', () => {
  accessibilityScenarios({
    launch: (options) =>
      launchAlipay({
        api: options?.systemInfo
          ? {
              getSystemInfoSync: () => ({
                windowWidth: 375,
                windowHeight: 667,
                ...options.systemInfo,
              }),
            }
          : {},
      }),
    appStyles: () => fs.readFileSync(path.join(distSnapshot('alipay'), 'app-origin.acss'), 'utf8'),
  })
})
