// Imported by every page shell (never by the page components, which run in
// Node tests too): declares the font from its woff2 files. Framework ships a
// file named in a FileAttachment call with a literal path, relative to this
// module, in any module a page imports.
import { FileAttachment } from "observablehq:stdlib";
import { addFontFaces } from "./fontFaces.js";

addFontFaces({
  "latin-400": FileAttachment("../assets/fonts/latin-400.woff2").href,
  "latin-700": FileAttachment("../assets/fonts/latin-700.woff2").href,
  "latin-ext-400": FileAttachment("../assets/fonts/latin-ext-400.woff2").href,
  "latin-ext-700": FileAttachment("../assets/fonts/latin-ext-700.woff2").href,
  "vietnamese-400": FileAttachment("../assets/fonts/vietnamese-400.woff2").href,
  "vietnamese-700": FileAttachment("../assets/fonts/vietnamese-700.woff2").href,
});
