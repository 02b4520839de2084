/** Load options as Office.js accepts them, reduced to property paths. */

/** Property paths such as ["format", "fill", "color"]; null means "every scalar property". */
export type LoadPaths = string[][] | null;

export type LoadOption =
  | string
  | string[]
  | { select?: string | string[]; expand?: string | string[] }
  | { [property: string]: boolean | object };

function splitNames(names: string | string[]): string[] {
  const list = Array.isArray(names) ? names : names.split(",");
  return list.map((n) => n.trim()).filter((n) => n.length > 0);
}

function toPath(name: string): string[] {
  return name.split("/").map((p) => p.trim());
}

function fromPropertyBag(bag: Record<string, unknown>, prefix: string[]): string[][] {
  const out: string[][] = [];
  for (const [key, v] of Object.entries(bag)) {
    if (key === "$all") continue;
    if (v === true) out.push([...prefix, key]);
    else if (typeof v === "object" && v !== null) {
      const inner = fromPropertyBag(v as Record<string, unknown>, [...prefix, key]);
      out.push(...((v as Record<string, unknown>).$all === true ? [[...prefix, key]] : []), ...inner);
    }
  }
  return out;
}

/** load(), load("a, b/c"), load(["a"]), load({select, expand}), load({a: true, b: {c: true}}). */
export function parseLoadOption(option?: LoadOption): LoadPaths {
  if (option === undefined || option === null) return null;
  if (typeof option === "string" || Array.isArray(option)) return splitNames(option).map(toPath);
  if ("select" in option || "expand" in option) {
    const o = option as { select?: string | string[]; expand?: string | string[] };
    const paths = [...splitNames(o.select ?? []), ...splitNames(o.expand ?? [])].map(toPath);
    return paths.length > 0 ? paths : null;
  }
  return fromPropertyBag(option as Record<string, unknown>, []);
}

/** Groups paths by their first name: {format: [["fill","color"]], values: [[]]}. */
export function groupByHead(paths: string[][]): Map<string, string[][]> {
  const groups = new Map<string, string[][]>();
  for (const [head, ...rest] of paths) {
    const list = groups.get(head) ?? [];
    list.push(rest);
    groups.set(head, list);
  }
  return groups;
}
