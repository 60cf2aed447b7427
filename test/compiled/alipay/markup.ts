/**
 * A small XML-ish reader for AXML: every tag closes (or self-closes) in order, attribute values
 * are quoted strings, no attribute repeats. Enough to catch what the Alipay IDE would reject
 * without its compiler (which downloads from Alipay's servers).
 */
export interface Tag {
  name: string
  attributes: string[]
  line: number
}

export interface MarkupReport {
  problems: string[]
  tags: Tag[]
}

const NAME = /[A-Za-z_][-\w:.]*/y

export function readMarkup(source: string): MarkupReport {
  const problems: string[] = []
  const tags: Tag[] = []
  const open: Tag[] = []
  let i = 0
  const lineAt = (at: number) => source.slice(0, at).split('\n').length
  const name = (): string => {
    NAME.lastIndex = i
    const m = NAME.exec(source)
    if (!m) return ''
    i += m[0].length
    return m[0]
  }
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i])) i += 1
  }

  while (i < source.length) {
    if (source.startsWith('{{', i)) {
      const end = source.indexOf('}}', i + 2)
      if (end < 0) problems.push(`line ${lineAt(i)}: unterminated {{`)
      i = end < 0 ? source.length : end + 2
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4)
      if (end < 0) problems.push(`line ${lineAt(i)}: unterminated comment`)
      i = end < 0 ? source.length : end + 3
    } else if (source.startsWith('</', i)) {
      const line = lineAt(i)
      i += 2
      const closing = name()
      skipSpace()
      if (source[i] !== '>') problems.push(`line ${line}: malformed </${closing}`)
      i += 1
      const top = open.pop()
      if (!top) problems.push(`line ${line}: </${closing}> closes nothing`)
      else if (top.name !== closing) {
        problems.push(`line ${line}: </${closing}> closes <${top.name}> from line ${top.line}`)
      }
    } else if (source[i] === '<') {
      const tag: Tag = { name: '', attributes: [], line: lineAt(i) }
      i += 1
      tag.name = name()
      if (!tag.name) {
        problems.push(`line ${tag.line}: "<" not followed by a tag name`)
        continue
      }
      tags.push(tag)
      let closed = false
      for (;;) {
        skipSpace()
        if (i >= source.length) {
          problems.push(`line ${tag.line}: <${tag.name} never ends`)
          break
        }
        if (source.startsWith('/>', i)) {
          i += 2
          closed = true
          break
        }
        if (source[i] === '>') {
          i += 1
          break
        }
        const attribute = name()
        if (!attribute) {
          problems.push(`line ${lineAt(i)}: unexpected "${source[i]}" in <${tag.name}>`)
          i += 1
          continue
        }
        if (tag.attributes.includes(attribute)) {
          problems.push(`line ${lineAt(i)}: ${attribute} repeats in <${tag.name}>`)
        }
        tag.attributes.push(attribute)
        skipSpace()
        if (source[i] !== '=') continue
        i += 1
        skipSpace()
        const quote = source[i]
        if (quote !== '"' && quote !== "'") {
          problems.push(`line ${lineAt(i)}: unquoted value for ${attribute}`)
          continue
        }
        const end = source.indexOf(quote, i + 1)
        if (end < 0) problems.push(`line ${lineAt(i)}: unterminated value for ${attribute}`)
        i = end < 0 ? source.length : end + 1
      }
      if (!closed) open.push(tag)
    } else {
      i += 1
    }
  }
  for (const tag of open) problems.push(`line ${tag.line}: <${tag.name}> is never closed`)
  return { problems, tags }
}
