// Framework's standard library as a local module imports it; only what the dashboards use.
declare module "observablehq:stdlib" {
  /** A file Framework ships with the page (named by a literal path, relative to the importing module). */
  export function FileAttachment(name: string): { name: string; href: string; mimeType: string };
}
