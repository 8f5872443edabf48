import type { ReportBlock, ReportDocument } from "../ReportBlock.ts";

/** A chart drawn on the server, as PNG (Word, Markdown) and SVG (HTML). */
export interface FigureBlock {
  kind: "figure";
  /** File-name stem, e.g. "situation-delegations". */
  name: string;
  caption: string;
  png: Uint8Array;
  svg: string;
  /** Size of the drawing in CSS pixels (the PNG is twice as large). */
  width: number;
  height: number;
}

/** A part the office still has to write: printed "[để cơ quan soạn / to be written by the office]". */
export interface PlaceholderBlock {
  kind: "placeholder";
  text: string;
}

/** A block of the strategy document: the report's blocks, figures and placeholders. */
export type StrategyBlock = ReportBlock | FigureBlock | PlaceholderBlock | { kind: "pagebreak" };

/**
 * The strategy laid out as the plan leadership approves ("KẾ HOẠCH", Decree 30/2020):
 * the report's heading block and closing, with figures and placeholders among the blocks.
 */
export interface StrategyDocument extends Omit<ReportDocument, "blocks"> {
  blocks: StrategyBlock[];
}
