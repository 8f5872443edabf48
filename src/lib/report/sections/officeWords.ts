import { formatDate } from "../../../data/format.ts";
import { noteBilingual, officeWordsMark, type NoteSection } from "../officeNotes.ts";
import type { ReportBlock } from "../ReportBlock.ts";
import { block, type SectionContext } from "./SectionContext.ts";

/**
 * The office's own words for a section (report --notes): its events, in date
 * order, and its narrative, each marked "Ý kiến của cơ quan" / "The office's
 * note" so that a reader tells them from what the data say.
 */
export function officeWords({ data, lang }: SectionContext, section: NoteSection): ReportBlock[] {
  const notes = data.notes;
  if (notes === null) return [];
  const mark = officeWordsMark[lang];
  const blocks: ReportBlock[] = [];
  const events = (notes.events ?? [])
    .filter((e) => e.section === section)
    .sort((a, b) => a.on.localeCompare(b.on));
  if (events.length > 0)
    blocks.push(
      block.list(events.map((e) => `${formatDate(e.on)}: ${noteBilingual(e.text)[lang]} (${mark})`)),
    );
  const narrative = notes.narrative?.[section];
  if (narrative !== undefined) blocks.push(block.para(`${mark}: ${noteBilingual(narrative)[lang]}`));
  return blocks;
}
