/** Validation against the offline Office manifest schemas, when this machine has them and xmllint. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const REPO = path.join(__dirname, "..", "..");
const SCHEMA = path.join(REPO, "..", "shared", "manifest-schemas", "OfficeAppManifestV1_1.xsd");

/**
 * Whether the schemas must be there: .ci/run sets MANIFEST_SCHEMAS=required (unless told `skip`), and then their
 * absence fails the tests instead of skipping them.
 */
export const SCHEMAS_REQUIRED = process.env.MANIFEST_SCHEMAS === "required";

/** Why schema validation cannot run here, or null when it can. */
export function schemaUnavailableReason(): string | null {
  if (!fs.existsSync(SCHEMA)) return "../shared/manifest-schemas is not next to the repository";
  if (spawnSync("xmllint", ["--version"]).error) return "xmllint is not installed (apt-get install libxml2-utils)";
  return null;
}

/** xmllint's verdict on a manifest's text: ok, and what it printed. */
export function validateManifest(xml: string): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  try {
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, xml);
    const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
}
