import * as fs from "fs";
import * as path from "path";
import { REPO, SCHEMAS_REQUIRED, schemaUnavailableReason, validateManifest } from "./schema";

const manifest = fs.readFileSync(path.join(REPO, "manifest.xml"), "utf8");
const unavailable = schemaUnavailableReason();
const describeWithSchema = unavailable ? describe.skip : describe;

if (unavailable && SCHEMAS_REQUIRED) {
  it("has the manifest schemas and xmllint, which CI requires (MANIFEST_SCHEMAS=required)", () => {
    throw new Error(`manifest schema validation cannot run: ${unavailable}`);
  });
} else if (unavailable) {
  // A skipped test is only counted in jest's summary: say why where it is seen.
  console.warn(`manifest.xml schema tests skipped: ${unavailable}`);
}

describeWithSchema(
  `manifest.xml against the Office manifest schema${unavailable ? ` (skipped: ${unavailable})` : ""}`,
  () => {
    it("validates", () => {
      const result = validateManifest(manifest);
      expect(result.output).toMatch(/validates/);
      expect(result.ok).toBe(true);
    });

    it("rejects a manifest the schema forbids, so the pass above means something", () => {
      const broken = manifest.replace(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>Everything</Permissions>",
      );
      const result = validateManifest(broken);
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/Permissions/);
    });
  },
);
