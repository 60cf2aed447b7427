import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { renderApiDoc } from './api-doc'

writeFileSync(join(__dirname, '..', 'docs', 'api.md'), renderApiDoc())
console.log('docs/api.md written')
