import { WorkbookState } from "../../core/edits";

/**
 * Unit merges and renames: every spelling of `from` (and every spelling already merged into it) now reads
 * as `to`. The engine does not follow chains of aliases, so earlier ones are pointed at the new name.
 */
export function withAlias(from: string, to: string): (state: WorkbookState) => WorkbookState {
  return (state) => {
    const aliases: Record<string, string> = {};
    for (const [variant, target] of Object.entries(state.units.aliases))
      aliases[variant] = target === from ? to : target;
    aliases[from] = to;
    return { ...state, units: { ...state.units, aliases } };
  };
}

/** The user's own header row and columns for a sheet; null goes back to automatic recognition. */
export function withLayout(layout: WorkbookState["layout"]): (state: WorkbookState) => WorkbookState {
  return (state) => ({ ...state, layout });
}

/** Puts the unit names back as they were (the undo of a merge or a rename). */
export function withAliases(aliases: Readonly<Record<string, string>>): (state: WorkbookState) => WorkbookState {
  return (state) => ({ ...state, units: { ...state.units, aliases: { ...aliases } } });
}
