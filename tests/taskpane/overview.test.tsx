/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { WorkbookCells } from "../../src/core/cells";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import variation from "../fixtures/variations/subtotals-rounded-and-wrong.expected.json";
import { FakeHost, readFixture } from "./fake-host";
import { renderPane, statedTotal } from "./render";

/** A figure with a decimal comma, as a Vietnamese Windows writes it, with at least `decimals` decimals. */
function figure(n: number, decimals = 0): string {
  const text = String(n);
  const [whole, fraction = ""] = text.split(".");
  const padded = fraction.padEnd(decimals, "0");
  return padded ? `${whole},${padded}` : whole;
}

let seed: WorkbookCells;
beforeAll(async () => {
  seed = await readFixture("gia-nghia-2024.pasted.xlsx");
});

const domainItems = () => within(screen.getByRole("tabpanel")).getAllByRole("listitem");

describe("the overview", () => {
  it("shows the stated and the recomputed total apart, and the points lost, all with the same decimals", async () => {
    await renderPane(new FakeHost(seed));
    expect(screen.getByRole("tab", { name: "Tổng quan", selected: true })).toBeInTheDocument();
    const { stated, computed } = expected.total;
    // The seed's total row states 83,26 where its criteria add up to 83,261: two figures, each named.
    expect(stated.score).not.toBe(computed.score);
    expect(statedTotal()).toBe(`${figure(stated.score, 3)} / 100`);
    expect(screen.getByText("Tổng tính lại từ các tiêu chí").nextElementSibling).toHaveTextContent(
      `${figure(computed.score, 3)} / 100`,
    );
    expect(screen.getByText("Điểm bị mất").nextElementSibling).toHaveTextContent(figure(expected.pointsLost, 3));
  });

  it("has one bar per domain with its score, its recomputed subtotal, and a badge where it is only rounded", async () => {
    await renderPane(new FakeHost(seed));
    const domains = expected.criteria.filter((c) => c.level === 1);
    const items = domainItems();
    expect(items).toHaveLength(domains.length);
    const rounded = new Set(expected.roundingOnly.map((r) => r.code));
    domains.forEach((domain, i) => {
      const item = items[i];
      expect(item).toHaveTextContent(`${domain.code}. ${domain.name}`);
      const bar = within(item).getByRole("progressbar");
      expect(bar).toHaveAccessibleName(expect.stringContaining(`${domain.code}. ${domain.name}:`));
      expect(Number(bar.getAttribute("aria-valuenow"))).toBeCloseTo(domain.score! / domain.max!, 5);
      // What the criteria add up to is said only where it differs from the stated score.
      if (domain.computed && domain.computed.score !== domain.score)
        expect(item).toHaveTextContent(`Tính lại từ các tiêu chí: ${figure(domain.computed.score)}`);
      else expect(item).not.toHaveTextContent("Tính lại");
      if (rounded.has(domain.code)) expect(within(item).getByText("Làm tròn")).toBeInTheDocument();
      else expect(within(item).queryByText("Làm tròn")).not.toBeInTheDocument();
      expect(within(item).queryByText("Tổng ghi sai")).not.toBeInTheDocument();
    });
  });

  it("marks a domain whose stated subtotal is wrong", async () => {
    const cells = await readFixture("variations/subtotals-rounded-and-wrong.xlsx");
    await renderPane(new FakeHost(cells));
    const wrongRows = new Set(variation.issues.filter((i) => i.kind === "subtotal-mismatch").map((i) => i.row));
    const domains = variation.criteria.filter((c) => c.level === 1);
    const items = domainItems();
    expect(items).toHaveLength(domains.length);
    domains.forEach((domain, i) => {
      const badge = within(items[i]).queryByText("Tổng ghi sai");
      if (wrongRows.has(domain.row)) expect(badge).toBeInTheDocument();
      else expect(badge).not.toBeInTheDocument();
    });
    expect(domains.filter((d) => wrongRows.has(d.row))).toHaveLength(1);
  });
});
