// The dashboards' font, Be Vietnam Pro, as woff2 files for the glyphs used:
// Latin, Latin Extended and Vietnamese subsets in regular and bold, each with
// its unicode range, so a browser downloads only the subsets a page's text
// needs (about 33 KB of regular Latin and Vietnamese for a Vietnamese page), after the page is
// drawn (font-display: swap). The files come from @fontsource/be-vietnam-pro
// through the loader assets/fonts.tar.ts; test/dashboards/fontFaces.test.ts
// holds the ranges to that package's; components/pageFonts.ts passes the files.

/** The subsets shipped, as @fontsource names them. */
export const fontSubsets = ["latin", "latin-ext", "vietnamese"] as const;
/** The weights shipped: regular and bold. */
export const fontWeights = [400, 700] as const;

/** A font file's key: `<subset>-<weight>`, its name in assets/fonts/ without `.woff2`. */
export type FontFileKey = `${(typeof fontSubsets)[number]}-${(typeof fontWeights)[number]}`;

/** The code points of each subset (@fontsource/be-vietnam-pro's unicode.json). */
export const fontUnicodeRanges: Record<(typeof fontSubsets)[number], string> = {
  latin:
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
  "latin-ext":
    "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
  vietnamese:
    "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB",
};

let added = false;

/**
 * Declares Be Vietnam Pro to the document from the files' addresses
 * (components/pageFonts.ts passes `FileAttachment(…).href` of each, which is
 * how Framework ships them). A face is fetched only when text in its range is
 * drawn. Once per page; later calls do nothing.
 */
export function addFontFaces(hrefs: Record<FontFileKey, string>): void {
  if (added || typeof document === "undefined") return;
  added = true;
  for (const subset of fontSubsets) {
    for (const weight of fontWeights) {
      const href = hrefs[`${subset}-${weight}`];
      document.fonts.add(
        new FontFace("Be Vietnam Pro", `url(${JSON.stringify(href)}) format("woff2")`, {
          weight: String(weight),
          style: "normal",
          display: "swap",
          unicodeRange: fontUnicodeRanges[subset],
        }),
      );
    }
  }
}
