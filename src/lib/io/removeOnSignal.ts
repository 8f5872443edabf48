import { rmSync } from "node:fs";

const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * While a write is under way, removes its temporary files if the process is
 * interrupted (Ctrl-C, SIGTERM, a closed terminal), then lets the signal end
 * the process as it would have. `temps` is read when the signal comes, so it
 * may grow as files are staged. Returns the function that stops watching;
 * call it when the write is done. (SIGKILL cannot be caught: what it leaves is
 * removed by the next write into that folder, see removeStaleTemps.)
 */
export function removeOnSignal(temps: () => readonly string[]): () => void {
  const handler = (signal: NodeJS.Signals) => {
    stop();
    for (const temp of temps()) rmSync(temp, { force: true });
    // the listener is gone: the same signal now ends the process with its usual status
    process.kill(process.pid, signal);
  };
  const stop = () => {
    for (const s of signals) process.off(s, handler);
  };
  for (const s of signals) process.on(s, handler);
  return stop;
}
