import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import SlowFirstSequencer from "./test/slowFirstSequencer.ts";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // The package's own entries, as the sources (build/ is what the installed package runs)
  resolve: {
    alias: [
      { find: /^doingoai$/, replacement: source("./src/lib/index.ts") },
      { find: /^doingoai\/data$/, replacement: source("./src/browser.ts") },
      { find: /^doingoai\/data\/format$/, replacement: source("./src/data/format.ts") },
      { find: /^doingoai\/data\/planning$/, replacement: source("./src/data/planning/calculations.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: "Asia/Ho_Chi_Minh", LANG: "vi_VN.UTF-8", OBSERVABLE_TELEMETRY_DISABLE: "true" },
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: one worker on these
    // 2-core machines, so every file ran in turn. Much of a file's time is spent
    // waiting on DuckDB, Chromium or a Framework build in another process, so
    // more workers than cores keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() + 1),
    sequence: { sequencer: SlowFirstSequencer },
    reporters: ["default", "./test/summaryReporter.ts"],
  },
});
