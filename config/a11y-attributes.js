// Taro's mini-program base templates render only the attributes Taro knows for each component,
// and View/Text know none of the accessibility ones, so a role or label set in JSX would stay in
// the page data and never reach the screen reader. This plugin adds them to the templates.
// WeChat: aria-role + aria-* (aria-component, base library 2.7.1+).
// Alipay: role + aria-* (无障碍访问, base library 1.18.0+).
const SHARED = [
  'aria-label',
  'aria-checked',
  'aria-selected',
  'aria-disabled',
  'aria-hidden',
  'aria-live',
  'aria-expanded',
]

const ROLE_ATTRIBUTE = { weapp: 'aria-role', alipay: 'role' }

function attributes(platform) {
  const role = ROLE_ATTRIBUTE[platform]
  if (!role) return null
  const props = {}
  for (const name of [role, ...SHARED]) props[name] = ''
  return { View: props, Text: props }
}

module.exports = (ctx) => {
  ctx.modifyComponentConfig(({ config }) => {
    const patch = attributes(process.env.TARO_ENV)
    if (patch && config.template) config.template.mergeComponents(ctx, patch)
  })
}
