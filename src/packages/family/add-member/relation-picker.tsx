import { Text, View } from '@tarojs/components'

import { Tappable } from '../../../components/tappable'
import type { Relation } from '../../../domain/kinship'
import { groupAttributes } from '../../../platform/a11y'

/** ASCII ids for the choices, so tests and QA scripts can name them. */
export const RELATION_IDS: Record<Relation, string> = {
  配偶: 'spouse',
  父亲: 'father',
  母亲: 'mother',
  子女: 'child',
  兄弟姐妹: 'sibling',
  祖父母: 'grandparent',
  外祖父母: 'maternal-grandparent',
  孙子女: 'grandchild',
  外孙子女: 'maternal-grandchild',
}

/**
 * The nine 近亲属 as large buttons, all in view: one tap, no scrolling wheel, which older
 * citizens find easier than a native picker and which behaves the same on every platform.
 */
export function RelationPicker({
  relations,
  value,
  onPick,
}: {
  relations: readonly Relation[]
  value: Relation | null
  onPick: (index: number) => void
}) {
  return (
    <View
      className='relation-picker'
      id='member-relation'
      {...groupAttributes('radiogroup', '与本人关系')}
    >
      {relations.map((relation, index) => (
        <Tappable
          key={relation}
          id={`relation-${RELATION_IDS[relation]}`}
          className={`relation-picker__option ${value === relation ? 'relation-picker__option--on' : ''}`}
          role='radio'
          checked={value === relation}
          onClick={() => onPick(index)}
        >
          <Text className='relation-picker__text'>
            {value === relation ? `✓ ${relation}` : relation}
          </Text>
        </Tappable>
      ))}
    </View>
  )
}
