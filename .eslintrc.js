// Taro's React rules plus typescript-eslint; import order by simple-import-sort.

/**
 * The layers (docs/architecture.md): pages → stores → services → transport → backend → domain,
 * platform adapters beside them. Each zone forbids `target` to import from `from`; nothing in the
 * app, the server or the scripts imports test code (scripts may use the kit's public part).
 */
const upward = (target, from, message) => ({ target, from, message })
const LAYER_ZONES = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'domain/ imports nothing of the app.',
  },
  upward(
    './src/backend',
    [
      './src/services',
      './src/stores',
      './src/pages',
      './src/packages',
      './src/components',
      './src/platform',
      './src/bootstrap',
    ],
    'backend/ imports only domain/.',
  ),
  upward(
    './src/services',
    [
      './src/stores',
      './src/pages',
      './src/packages',
      './src/components',
      './src/platform',
      './src/bootstrap',
    ],
    'services/ import only domain/ and backend types.',
  ),
  upward(
    './src/platform',
    ['./src/stores', './src/pages', './src/packages', './src/components', './src/bootstrap'],
    'platform/ adapts the platform; it knows no screen or store.',
  ),
  upward(
    './src/stores',
    [
      './src/backend',
      './src/pages',
      './src/packages',
      './src/components',
      './src/platform',
      './src/bootstrap',
    ],
    'stores/ import only services/ and domain/.',
  ),
  upward(
    ['./src/pages', './src/packages', './src/components'],
    ['./src/backend', './src/services', './src/bootstrap'],
    'Screens import stores/, platform/, components/ and domain/ only.',
  ),
  upward(['./src', './server'], './test', 'The app and the server never import test code.'),
  {
    target: './scripts',
    from: './test',
    except: ['./support/public'],
    message: "Scripts use src/ or the test kit's public part (test/support/public).",
  },
]
/** services/ and platform/ see the backend's types (Backend, KeyValueStore), never its code. */
const BACKEND_TYPES_ONLY = {
  patterns: [
    {
      group: ['**/backend', '**/backend/**'],
      allowTypeImports: true,
      message: 'Only types from backend/ here: the backend is reached through a Transport.',
    },
  ],
}

module.exports = {
  root: true,
  extends: ['taro/react', 'plugin:@typescript-eslint/recommended'],
  parser: '@typescript-eslint/parser',
  plugins: ['@typescript-eslint', 'simple-import-sort'],
  parserOptions: { ecmaVersion: 2020, sourceType: 'module', ecmaFeatures: { jsx: true } },
  settings: {
    react: { version: '18' },
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.jsx', '.json'] } },
  },
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
    'import/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
  },
  overrides: [
    {
      files: ['src/services/**', 'src/platform/**'],
      rules: { '@typescript-eslint/no-restricted-imports': ['error', BACKEND_TYPES_ONLY] },
    },
    {
      // Alipay's engine forbids globalThis/global; neither platform runs eval or new Function
      // (docs/testing.md, "Engine models").
      files: ['src/**'],
      rules: {
        'no-restricted-globals': [
          'error',
          { name: 'globalThis', message: "Alipay's engine forbids globalThis." },
          { name: 'global', message: "Alipay's engine forbids global." },
        ],
        'no-eval': 'error',
        'no-implied-eval': 'error',
        'no-new-func': 'error',
      },
    },
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
