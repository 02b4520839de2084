/** The command line run in this process, as a user runs it, with what it printed on each stream. */
import { run } from "../../src/cli/main";

export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), env: {} });
  return { code, out, err };
}
