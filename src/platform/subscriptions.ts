import Taro from '@tarojs/taro'

/** The moments a real app asks the citizen to subscribe to the platform's service messages. */
export type SubscriptionTopic = 'member-added' | 'premium-paid' | 'transfer-sent'

/**
 * Template ids come from the build's configuration, TARO_APP_SUBSCRIBE_TEMPLATES as
 * "member-added=ID,premium-paid=ID,transfer-sent=ID" (ids are issued per mini-program by the
 * WeChat 公众平台 or the Alipay 商家平台). A simulated build has none.
 */
function configuredTemplates(): Partial<Record<SubscriptionTopic, string>> {
  const raw = process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? ''
  const templates: Partial<Record<SubscriptionTopic, string>> = {}
  raw
    .split(',')
    .map((pair) => pair.split('='))
    .forEach(([topic, id]) => {
      if (
        id &&
        (topic === 'member-added' || topic === 'premium-paid' || topic === 'transfer-sent')
      ) {
        templates[topic] = id.trim()
      }
    })
  return templates
}

const requested: SubscriptionTopic[] = []

/** What a simulated build was asked to subscribe to, oldest first (tests and QA read it). */
export function recordedSubscriptionRequests(): readonly SubscriptionTopic[] {
  return requested
}

/**
 * Asks to subscribe through the platform: WeChat's requestSubscribeMessage (tmplIds) or
 * Alipay's my.requestSubscribeMessage (entityIds), at most 3 ids a call on either. WeChat only
 * shows the panel when called from a tap, so callers call this synchronously in the tap handler
 * that submits. Without a configured template (every simulated build) the request is recorded.
 * The citizen's answer changes nothing in the app, so it is not awaited.
 */
export function requestSubscription(topic: SubscriptionTopic): void {
  const templateId = configuredTemplates()[topic]
  if (!templateId) {
    requested.push(topic)
    return
  }
  Taro.requestSubscribeMessage({
    tmplIds: [templateId],
    entityIds: [templateId],
  } as Taro.requestSubscribeMessage.Option).catch(() => undefined)
}
