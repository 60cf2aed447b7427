/**
 * @jest-environment jsdom
 */
import fs from 'node:fs'
import path from 'node:path'

import { accessibilityScenarios } from '../accessibility-family'
import { distSnapshot } from '../shared/dist-snapshot'
import { launchWeapp } from './harness'

describe('WeChat build: 长辈模式 and accessibility', () => {
  accessibilityScenarios({
    launch: (options) =>
      launchWeapp({
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
    appStyles: () => fs.readFileSync(path.join(distSnapshot('weapp'), 'app-origin.wxss'), 'utf8'),
  })
})
