import { importFiles } from "../../src/lib/import/importFiles.ts";
import { openStore, type Store } from "../../src/lib/store/openStore.ts";
import { digest } from "./digest.ts";
import { validFolder } from "./fixtures.ts";

/**
 * An in-memory database holding the valid fixtures, and its digest: a refused
 * import must leave the digest as it was.
 */
export async function validStore(): Promise<{ store: Store; before: Record<string, string> }> {
  const store = await openStore({ path: ":memory:" });
  await importFiles(store, [validFolder]);
  return { store, before: await digest(store) };
}
