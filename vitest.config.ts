import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: "Asia/Ho_Chi_Minh", LANG: "vi_VN.UTF-8", OBSERVABLE_TELEMETRY_DISABLE: "true" },
    pool: "forks",
    reporters: ["default", "./test/summaryReporter.ts"],
  },
});
