/** The units a table may name, matched at a token (src/core/units/patterns.ts). */
import { createUnitResolver } from "../../src/core/units";
import { Entry, nameKey, PatternIndex } from "../../src/core/units/patterns";
import { tokenize } from "../../src/core/units/tokens";

const entry = (name: string, source: Entry["source"]): Entry => ({ name, locality: "drop", source });

describe("PatternIndex", () => {
  it("lists the longest match first, and on equal length the user's alias, then known, built-in, learned units", () => {
    const index = new PatternIndex();
    index.add("Phòng Nội vụ", entry("learned", "learned"));
    index.add("Phòng Nội vụ", entry("built-in", "built-in"));
    index.add("Phòng", entry("short", "alias"));
    index.add("Phòng Nội vụ", entry("alias", "alias"));
    index.add("Phòng Nội vụ", entry("known", "known"));
    const { tokens } = tokenize("Phòng Nội vụ huyện");
    expect(index.matchesAt(tokens, 0).map((m) => [m.entry.name, m.end])).toEqual([
      ["alias", 3],
      ["known", 3],
      ["built-in", 3],
      ["learned", 3],
      ["short", 1],
    ]);
  });
});

describe("a name's pattern", () => {
  /** Where each match of `name` at the start of `text` ends (the token after it). */
  function ends(name: string, text: string): number[] {
    const index = new PatternIndex();
    index.add(name, entry(name, "known"));
    return index.matchesAt(tokenize(text).tokens, 0).map((m) => m.end);
  }

  it("is the name's words: a bullet, a full stop or a joiner at either end is none of them", () => {
    for (const name of ["- Phòng Nội vụ", "Phòng Nội vụ.", ", Phòng Nội vụ", "và Phòng Nội vụ", "Phòng Nội vụ,"]) {
      expect([name, ends(name, "Phòng Nội vụ, Phòng Tư pháp")]).toEqual([name, [3]]);
    }
  });

  it("matches a joiner of the name by none, one or several in the text", () => {
    const name = "Phòng Tài chính – Kế hoạch";
    for (const [text, end] of [
      ["Phòng Tài chính Kế hoạch", 5],
      ["Phòng Tài chính - Kế hoạch", 6],
      ["Phòng Tài chính, - Kế hoạch", 7],
      ["Phòng Tài chính, và Kế hoạch", 7],
    ] as const) {
      expect([text, ends(name, text)]).toEqual([text, [end]]);
    }
  });
});

describe("a known name starting with a word that heads no unit", () => {
  it("starts a unit of its own, right after another unit or a place name", () => {
    // "BCH" (Ban Chỉ huy) is a spelling of the dictionary, but no head word like "Phòng" or "Ban".
    const resolver = createUnitResolver([]);
    expect(resolver.resolve("Phòng Nội vụ BCH Quân sự")).toEqual(["Phòng Nội vụ", "Ban Chỉ huy Quân sự"]);
    expect(resolver.resolve("Công an thành phố Gia Nghĩa BCH Quân sự")).toEqual(["Công an", "Ban Chỉ huy Quân sự"]);
  });
});

describe("nameKey", () => {
  it("is the words alone: the same for spellings that differ in joiners, case or diacritics", () => {
    expect(nameKey("Phòng Tài chính – Kế hoạch")).toBe(nameKey("PHÒNG TÀI CHÍNH KẾ HOẠCH"));
    expect(nameKey("Phòng Tài chính - Kế hoạch")).not.toBe(nameKey("Phòng Tài chính Kế"));
    expect(nameKey("Tài chính – Kế hoạch").split(" ")).toHaveLength(4);
  });
});
