import { configure } from 'mobx'

// As in the app: a state change outside an action fails loudly.
configure({ enforceActions: 'observed' })
