// The strategy as the plan leadership approves ("KẾ HOẠCH", Decree 30/2020): layout, then Word, HTML or Markdown.
export { buildStrategyDocument, situationIndicators, compactValue } from "./buildStrategyDocument.ts";
export type { StrategyDocumentOptions } from "./buildStrategyDocument.ts";
export type { StrategyDocument, StrategyBlock, FigureBlock, PlaceholderBlock } from "./StrategyDocument.ts";
export { renderStrategyDocx } from "./renderStrategyDocx.ts";
export { renderStrategyHtml, renderStrategyMarkdown } from "./renderStrategyText.ts";
