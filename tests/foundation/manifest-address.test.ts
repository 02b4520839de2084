import * as fs from "fs";
import * as path from "path";
import { DEV_ADDRESS, withPublicAddress } from "../../scripts/manifest-address";
import { REPO, schemaUnavailableReason, validateManifest } from "./schema";

const manifest = fs.readFileSync(path.join(REPO, "manifest.xml"), "utf8");
const PUBLIC = "https://par-index.example.gov.vn/addin";
const urlsIn = (xml: string) => [...xml.matchAll(/DefaultValue="(https:\/\/[^"]*)"/g)].map((match) => match[1]);

describe("the production manifest (what webpack writes to dist/manifest.xml)", () => {
  const published = withPublicAddress(manifest, `${PUBLIC}/`);

  it("points every address at the published location and none at the development server", () => {
    expect(published).not.toMatch(/localhost/);
    const urls = urlsIn(published);
    expect(urls).toHaveLength(urlsIn(manifest).length);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(`${PUBLIC}/`)).toBe(true);
    expect(published).toContain(`<SourceLocation DefaultValue="${PUBLIC}/taskpane.html"/>`);
    expect(published).toContain(`DefaultValue="${PUBLIC}/commands.html"`);
    expect(published).toContain(`DefaultValue="${PUBLIC}/assets/icon-32.png"`);
  });

  it("changes nothing but the addresses", () => {
    expect(published.split(PUBLIC).join(DEV_ADDRESS)).toBe(manifest);
  });

  it("accepts an address at the root of a host", () => {
    expect(withPublicAddress(manifest, "https://cchc.example.gov.vn")).toContain(
      '<SourceLocation DefaultValue="https://cchc.example.gov.vn/taskpane.html"/>',
    );
  });

  it.each([
    ["http://par-index.example.gov.vn/addin", /https/],
    ["par-index.example.gov.vn/addin", /not a URL/],
    ["https://par-index.example.gov.vn/addin?v=2", /query/],
    ["https://par-index.example.gov.vn/a&b", /not allowed/],
  ])("refuses %s", (address, message) => {
    expect(() => withPublicAddress(manifest, address)).toThrow(message);
  });

  const unavailable = schemaUnavailableReason();
  (unavailable ? it.skip : it)(
    `still validates against the manifest schema${unavailable ? ` (skipped: ${unavailable})` : ""}`,
    () => {
      const result = validateManifest(published);
      expect(result.output).toMatch(/validates/);
      expect(result.ok).toBe(true);
    },
  );
});
