// A blank Taro app with the project's libraries (React, MobX, mobx-react-lite, dayjs, Taro's
// components), built by scripts/size-report.js beside the real app as the yardstick for its main
// package. Same compiler settings as config/index.ts.
const path = require('node:path')

module.exports = function config(merge) {
  return merge(
    {},
    {
      projectName: 'blank-app',
      designWidth: 750,
      deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
      sourceRoot: 'src',
      outputRoot: path.join('..', '..', 'dist', `blank-${process.env.TARO_ENV}`),
      plugins: [],
      framework: 'react',
      compiler: { type: 'webpack5', prebundle: { enable: false } },
      cache: { enable: false },
      mini: { postcss: { pxtransform: { enable: true, config: {} } } },
      h5: { publicPath: '/', staticDirectory: 'static', router: { mode: 'hash' } },
    },
  )
}
