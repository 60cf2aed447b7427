import Taro from '@tarojs/taro'

import { type HttpRequest, HttpTimeoutError } from '../services/http-transport'

/** Alipay my.request's `error` for 超时 (its error codes: 12 网络出错, 13 超时, 19 HTTP 错误). */
const ALIPAY_TIMEOUT = 13

/**
 * A failed request, in whichever shape the platform reports it: WeChat `{ errMsg }`, Alipay
 * `{ error, errorMessage }`, H5 an Error. Read as a message, never as "[object Object]".
 */
export function describeRequestFailure(failure: unknown): { message: string; timeout: boolean } {
  const shape = (typeof failure === 'object' && failure !== null ? failure : {}) as {
    errMsg?: unknown
    error?: unknown
    errorMessage?: unknown
    message?: unknown
  }
  const text = [shape.errMsg, shape.errorMessage, shape.message].find(
    (value): value is string => typeof value === 'string' && value !== '',
  )
  const message =
    text ?? (typeof shape.error === 'number' ? `request failed (${shape.error})` : String(failure))
  const timeout = shape.error === ALIPAY_TIMEOUT || /time(d)? ?out|超时/i.test(message)
  return { message, timeout }
}

/** POST through Taro.request (wx.request / my.request / fetch on H5). */
export const taroHttpRequest: HttpRequest = async (url, body, timeoutMs) => {
  try {
    const response = await Taro.request({
      url,
      method: 'POST',
      data: body,
      header: { 'content-type': 'application/json' },
      timeout: timeoutMs,
      dataType: 'json',
    })
    return { statusCode: response.statusCode, data: response.data }
  } catch (error) {
    const { message, timeout } = describeRequestFailure(error)
    throw timeout ? new HttpTimeoutError(message) : new Error(message)
  }
}
