import path from 'node:path'

import { ESLint } from 'eslint'

/**
 * The layers are the linter's to enforce (.eslintrc.js, import/no-restricted-paths): these
 * fixtures are files as someone might write them, linted as if they lived at `file`.
 */
const ROOT = path.resolve(__dirname, '../../..')
const LAYER_RULES = ['import/no-restricted-paths', '@typescript-eslint/no-restricted-imports']

async function layerErrors(file: string, source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT })
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) })
  return result.messages.filter((m) => LAYER_RULES.includes(m.ruleId ?? '')).map((m) => m.message)
}

/** A module that imports `name` from `from` and uses it. */
const importing = (name: string, from: string) =>
  `import { ${name} } from '${from}'\n\nexport const used = ${name}\n`

const upward: [string, string, string, RegExp][] = [
  [
    'domain → stores',
    'src/domain/fixture.ts',
    importing('RootStore', '../stores/root-store'),
    /domain\/ imports nothing of the app/,
  ],
  [
    'backend → services',
    'src/backend/fixture.ts',
    importing('ApiClient', '../services/api-client'),
    /backend\/ imports only domain\//,
  ],
  [
    'stores → backend',
    'src/stores/fixture.ts',
    importing('createBackend', '../backend'),
    /stores\/ import only services\/ and domain\//,
  ],
  [
    'page → services',
    'src/packages/family/binding/fixture.tsx',
    importing('FamilyService', '../../../services/family-service'),
    /Screens import stores\/, platform\/, components\/ and domain\/ only/,
  ],
  [
    'services → backend code',
    'src/services/fixture.ts',
    importing('createBackend', '../backend'),
    /Only types from backend\//,
  ],
  [
    'app → test',
    'src/stores/fixture.ts',
    importing('DEMO_NOW', '../../test/support/public/demo'),
    /never import test code/,
  ],
  [
    'script → a test file',
    'scripts/fixture.ts',
    importing('TestClient', '../test/support/backend-client'),
    /test kit's public part/,
  ],
]

const downward: [string, string, string][] = [
  ['stores → services', 'src/stores/fixture.ts', importing('ApiError', '../services/api-error')],
  [
    'services → backend types',
    'src/services/fixture.ts',
    "import type { Backend } from '../backend'\n\nexport type Used = Backend\n",
  ],
  [
    "script → the kit's public part",
    'scripts/fixture.ts',
    importing('DEMO_NOW', '../test/support/public/demo'),
  ],
]

// Linting loads the whole TypeScript and import plugin stack: seconds on a loaded machine.
const LINT_BUDGET_MS = 60_000

describe('layers enforced by the linter', () => {
  it.each(upward)(
    'rejects an upward import: %s',
    async (_name, file, source, message) => {
      const errors = await layerErrors(file, source)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(message)
    },
    LINT_BUDGET_MS,
  )

  it.each(downward)(
    'accepts a downward import: %s',
    async (_name, file, source) => {
      expect(await layerErrors(file, source)).toEqual([])
    },
    LINT_BUDGET_MS,
  )
})
