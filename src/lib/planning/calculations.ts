// The planning arithmetic moved to src/data/planning (browser-safe code lives under
// src/data); this path re-exports it for code that imported the old source file.
export * from "../../data/planning/calculations.ts";
