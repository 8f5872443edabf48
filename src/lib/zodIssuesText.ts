import type { z } from "zod";

/**
 * A zod error as short `path: message` items joined by "; ", for a person to read
 * (zod's own `message` is a JSON dump of its issues).
 */
export function zodIssuesText(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length > 0 ? `${i.path.map(String).join(".")}: ${i.message}` : i.message))
    .join("; ");
}
