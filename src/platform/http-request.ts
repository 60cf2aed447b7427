import Taro from '@tarojs/taro'

import { type HttpRequest, HttpTimeoutError } from '../services/http-transport'

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
    const message = (error as { errMsg?: string }).errMsg ?? String(error)
    if (/timeout|超时/i.test(message)) throw new HttpTimeoutError(message)
    throw error
  }
}
