// babel-preset-taro for the app; under jest (NODE_ENV=test) it emits commonjs for the running Node.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
