/**
 * The seed plan's lead and support cells, resolved as one table, name exactly the units
 * the reference analysis lists for each criterion.
 */
import { createUnitResolver } from "../../src/core/units";
import expected from "../fixtures/gia-nghia-2024.expected.json";
import seed from "./gia-nghia-2024.unit-cells.json";

type Role = "lead" | "support";

/** code -> role -> expected unit names, from the reference's per-unit lists. */
function expectedByCode(): Map<string, Record<Role, string[]>> {
  const byCode = new Map<string, Record<Role, string[]>>();
  for (const row of seed.rows) byCode.set(row.code, { lead: [], support: [] });
  const units: Record<string, Record<Role, string[]>> = expected.units;
  for (const [name, roles] of Object.entries(units)) {
    for (const role of ["lead", "support"] as const) {
      for (const code of roles[role]) byCode.get(code)?.[role].push(name);
    }
  }
  return byCode;
}

describe("Gia Nghĩa 2024 seed", () => {
  const resolver = createUnitResolver(seed.rows.flatMap((row) => [row.lead, row.support]));
  const byCode = expectedByCode();

  it("covers every criterion the reference assigns a unit to", () => {
    const assigned = Object.values(expected.units as Record<string, Record<Role, string[]>>).flatMap((roles) => [
      ...roles.lead,
      ...roles.support,
    ]);
    expect(assigned.filter((code) => !byCode.has(code))).toEqual([]);
  });

  it.each(seed.rows.map((row) => [row.code, row]))("criterion %s", (_code, row) => {
    const want = byCode.get(row.code);
    expect({
      lead: [...resolver.resolve(row.lead)].sort(),
      support: [...resolver.resolve(row.support)].sort(),
    }).toEqual({
      lead: [...(want?.lead ?? [])].sort(),
      support: [...(want?.support ?? [])].sort(),
    });
  });
});
