import type { Store } from "./openStore.ts";

/**
 * Runs `fn`, a whole write through `store`, so that the database holds all of
 * it or none even if the process is killed at any moment (see
 * {@link Store.atomically}); a store without that runs `fn` as it is. Imports,
 * deletes, undos and the sample's load go through it.
 */
export function writeAtomically<T>(store: Store, fn: () => Promise<T>): Promise<T> {
  return store.atomically ? store.atomically(fn) : fn();
}
