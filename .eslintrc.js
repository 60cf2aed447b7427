// Taro's React rules plus typescript-eslint; import order by simple-import-sort.
module.exports = {
  root: true,
  extends: ['taro/react', 'plugin:@typescript-eslint/recommended'],
  parser: '@typescript-eslint/parser',
  plugins: ['@typescript-eslint', 'simple-import-sort'],
  parserOptions: { ecmaVersion: 2020, sourceType: 'module', ecmaFeatures: { jsx: true } },
  settings: { react: { version: '18' } },
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
    'simple-import-sort/imports': 'error',
    'simple-import-sort/exports': 'error',
    'import/first': 'off',
    'import/no-duplicates': 'error',
    'no-unused-vars': 'off',
    '@typescript-eslint/no-unused-vars': [
      'error',
      { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
    ],
    '@typescript-eslint/no-explicit-any': 'error',
    'no-console': ['error', { allow: ['warn', 'error'] }],
  },
  overrides: [
    {
      files: ['test/**', 'scripts/**', 'server/**', 'config/**', '*.js'],
      rules: {
        'no-console': 'off',
        'import/no-commonjs': 'off',
        '@typescript-eslint/no-require-imports': 'off',
        '@typescript-eslint/no-var-requires': 'off',
      },
    },
    {
      // The stubs stand in for Taro's components with plain DOM elements on purpose.
      files: ['test/ui/stubs/**'],
      rules: { 'react/forbid-elements': 'off' },
    },
  ],
  ignorePatterns: ['dist/', 'node_modules/', 'test/e2e/artifacts/'],
}
