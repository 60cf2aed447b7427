/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'alipay' | 'h5' | 'swan' | 'tt' | 'qq' | 'jd' | 'harmony' | 'rn'
    /** Set at build time: the app talks to this backend over HTTP instead of the built-in one. */
    TARO_APP_API_BASE?: string
    /** 'true' keeps the QA tools in an HTTP build pointed at the mock server. */
    TARO_APP_QA?: string
  }
}
