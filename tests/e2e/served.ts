/** Each browser test file's fixture: dist/ served on a free port and an offline chromium, for all its tests. */
import { serveDist, ServedDist } from "../../scripts/dist-server";
import { launchOffline, OfflineBrowser } from "./browser";

export interface Served {
  /** "http://localhost:PORT", once the file's tests run. */
  origin: string;
  browser: OfflineBrowser;
}

export function servedInChromium(locale = "vi-VN"): Served {
  const served = {} as Served;
  let server: ServedDist | undefined;
  beforeAll(async () => {
    server = await serveDist();
    served.origin = server.origin;
    served.browser = await launchOffline(locale);
  });
  afterAll(async () => {
    await served.browser?.close();
    await server?.close();
  });
  return served;
}
