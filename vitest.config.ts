import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // The package's own entries, as the sources (build/ is what the installed package runs)
  resolve: {
    alias: [
      { find: /^doingoai$/, replacement: source("./src/lib/index.ts") },
      { find: /^doingoai\/data$/, replacement: source("./src/browser.ts") },
      { find: /^doingoai\/data\/format$/, replacement: source("./src/data/format.ts") },
      { find: /^doingoai\/data\/planning$/, replacement: source("./src/lib/planning/calculations.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: "Asia/Ho_Chi_Minh", LANG: "vi_VN.UTF-8", OBSERVABLE_TELEMETRY_DISABLE: "true" },
    pool: "forks",
    reporters: ["default", "./test/summaryReporter.ts"],
  },
});
