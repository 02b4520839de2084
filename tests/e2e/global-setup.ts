/** Builds dist/ once for every browser test, unless it is already up to date with its sources. */
import { ensureBuild } from "../../scripts/dist-server";

export default function globalSetup(): void {
  ensureBuild();
}
