export { type Backend, type BackendOptions, createBackend } from './backend'
export { DurableStore } from './storage/durable-store'
export { type KeyValueStore, MemoryKeyValueStore } from './storage/key-value-store'
export { findTransaction, TRANSACTIONS } from './transactions/table'
