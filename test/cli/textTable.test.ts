import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/cli/displayWidth.ts";
import { textTable } from "../../src/cli/textTable.ts";

// "Hà Nội" with its marks as separate code points (NFD), as some macOS files and keyboards give it
const haNoiNfd = "Hà Nội".normalize("NFD");

describe("displayWidth", () => {
  it("counts a Vietnamese letter with its combining marks as one column, in NFC and NFD alike", () => {
    expect(haNoiNfd.length).toBeGreaterThan("Hà Nội".length);
    expect(displayWidth(haNoiNfd)).toBe(6);
    expect(displayWidth("Hà Nội")).toBe(6);
  });

  it("counts Chinese, Japanese and Korean characters two columns each", () => {
    expect(displayWidth("广西")).toBe(4);
    expect(displayWidth("東京 JICA")).toBe(9);
    expect(displayWidth("경기도")).toBe(6);
  });
});

describe("textTable", () => {
  it("lines up columns by display width with Vietnamese NFD and CJK labels", () => {
    const table = textTable([
      ["Đối tác", "Số"],
      [haNoiNfd, "1"],
      ["广西壮族自治区", "12"],
      ["Gyeonggi", "3"],
    ]);
    const lines = table.split("\n");
    // the second column starts at the same terminal column on every line: widest first cell (14) + 2
    expect(lines.map((l) => displayWidth(l.slice(0, l.search(/\S+$/))))).toEqual([16, 16, 16, 16]);
    expect(lines[2]).toBe("广西壮族自治区  12");
  });

  it("aligns chosen columns to the right and draws a rule under the head", () => {
    expect(
      textTable(
        [
          ["Kỳ", "Giá trị"],
          ["2019", "1.234"],
          ["2020", "5"],
        ],
        { right: (i) => i === 1, rule: true },
      ),
    ).toBe(["Kỳ    Giá trị", "────  ───────", "2019    1.234", "2020        5"].join("\n"));
  });
});
