import { describeRequestFailure } from '../../../src/platform/http-request'

jest.mock('@tarojs/taro', () => ({}))

describe('describeRequestFailure', () => {
  it('reads Alipay’s { error, errorMessage }: 13 is a timeout', () => {
    expect(describeRequestFailure({ error: 13, errorMessage: '请求超时' })).toEqual({
      message: '请求超时',
      timeout: true,
    })
    expect(describeRequestFailure({ error: 13 })).toEqual({
      message: 'request failed (13)',
      timeout: true,
    })
    expect(describeRequestFailure({ error: 12, errorMessage: '网络出错' })).toEqual({
      message: '网络出错',
      timeout: false,
    })
  })

  it('reads WeChat’s { errMsg } and an H5 Error', () => {
    expect(describeRequestFailure({ errMsg: 'request:fail timeout' })).toEqual({
      message: 'request:fail timeout',
      timeout: true,
    })
    expect(describeRequestFailure(new Error('Failed to fetch'))).toEqual({
      message: 'Failed to fetch',
      timeout: false,
    })
  })
})
