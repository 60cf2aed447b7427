import path from 'node:path'

import { defineConfig, type UserConfigExport } from '@tarojs/cli'

import devConfig from './dev'
import prodConfig from './prod'

/**
 * Dependencies shipped as modern ESM (class fields) that babel must lower like our own code:
 * iOS 12.2–13 JavaScriptCore, an engine the app supports, has no class fields.
 */
const TRANSPILED_DEPENDENCIES = [(file: string) => file.includes('/node_modules/@stablelib/')]

// One output folder per platform, so the three builds never overwrite each other.
// An HTTP build (TARO_APP_API_BASE set) goes to dist/<platform>-http, beside the default build.
const outputRoot = `dist/${process.env.TARO_ENV}${process.env.TARO_APP_API_BASE ? '-http' : ''}`

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'henan-yibao-family-mutual-aid',
    date: '2026-11-24',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    plugins: [path.resolve(__dirname, 'a11y-attributes.js')],
    // Always defined, so an unset variable is '' in the bundle (not a reference to `process`).
    defineConstants: {
      'process.env.TARO_APP_API_BASE': JSON.stringify(process.env.TARO_APP_API_BASE ?? ''),
      'process.env.TARO_APP_QA': JSON.stringify(process.env.TARO_APP_QA ?? ''),
      'process.env.TARO_APP_SUBSCRIBE_TEMPLATES': JSON.stringify(
        process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? '',
      ),
    },
    // WeChat reads sitemap.json beside app.json (app.config.ts names it).
    copy: {
      patterns:
        process.env.TARO_ENV === 'weapp'
          ? [{ from: 'src/sitemap.json', to: `${outputRoot}/sitemap.json` }]
          : [],
      options: {},
    },
    framework: 'react',
    // Prebundling crashes watch builds on this Taro version (options.roots.map is not a function).
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      compile: { include: TRANSPILED_DEPENDENCIES },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: {
            namingPattern: 'module',
            generateScopedName: '[name]__[local]___[hash:base64:5]',
          },
        },
      },
    },
    h5: {
      compile: { include: TRANSPILED_DEPENDENCIES },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: {
            namingPattern: 'module',
            generateScopedName: '[name]__[local]___[hash:base64:5]',
          },
        },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
