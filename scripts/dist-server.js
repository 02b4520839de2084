/**
 * The production build in dist/, built when it is missing or older than its sources, and served over plain http
 * on localhost. Used by `npm start` where there is no desktop Excel, by the browser tests and by the benchmarks.
 */
const fs = require("fs");
const http = require("http");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");

/** What the build reads: a change to any of them makes dist/ stale. */
const BUILD_INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "tsconfig.json",
  "tsconfig.webpack.json",
  "package.json",
  "package-lock.json",
];

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** Newest modification time under a file or folder, in ms (0 when it does not exist). */
function newestChange(file) {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(file).reduce((newest, name) => Math.max(newest, newestChange(path.join(file, name))), 0);
}

/** Why dist/ must be built again, or null when it is up to date with its sources. */
function staleReason() {
  const pages = ["taskpane.html", "playground.html"].map((page) => path.join(DIST, page));
  if (!pages.every((page) => fs.existsSync(page))) return "dist/ has not been built yet";
  const built = Math.min(...pages.map((page) => fs.statSync(page).mtimeMs));
  const changed = BUILD_INPUTS.find((input) => newestChange(path.join(ROOT, input)) > built);
  return changed ? `${changed} changed since dist/ was built` : null;
}

/**
 * Runs the production build when dist/ is missing or stale; throws when the build fails. It says in one line (on
 * stderr, so that a caller's stdout, the benchmarks' JSON, stays clean) that it builds and why; webpack's own output
 * (statistics, the production address note) concerns `npm run build` only, and is shown when the build fails.
 */
function ensureBuild(log = console.error) {
  const reason = staleReason();
  if (!reason) return;
  log(`Building the add-in (a minute or two): ${reason}.`);
  const build = spawnSync("npm", ["run", "--silent", "build"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === "win32",
  });
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout ?? ""}${build.stderr ?? ""}`);
    throw new Error(`npm run build failed (exit code ${build.status})`);
  }
}

/** The files of dist/ that a built page loads, from its <script src> tags (office.js, from its CDN, is not ours). */
function pageScripts(page) {
  const html = fs.readFileSync(path.join(DIST, page), "utf8");
  // The build minifies the page: the address may be quoted or not.
  const tags = html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g);
  return [...tags]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^[a-z]+:\/\//i.test(src))
    .map((src) => path.join(DIST, src));
}

/** The decoded path, or "" for a malformed one (which then matches no file). */
function safeDecode(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return "";
  }
}

/** Serves the files under `root`, never anything outside it; "/" redirects to `indexPage`. */
function createStaticServer(root, indexPage) {
  return http.createServer((request, response) => {
    const pathname = safeDecode(new URL(request.url, "http://localhost").pathname);
    if (pathname === "/") {
      response.writeHead(302, { Location: `/${indexPage}` }).end();
      return;
    }
    const file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] || "application/octet-stream";
    response.writeHead(200, { "Content-Type": type, "X-Content-Type-Options": "nosniff" });
    fs.createReadStream(file).pipe(response);
  });
}

/** Serves dist/ on localhost (port 0: any free port); resolves with its address once listening. */
function serveDist(port = 0, indexPage = "playground.html") {
  const server = createStaticServer(DIST, indexPage);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "localhost", () => {
      const address = server.address();
      resolve({
        origin: `http://localhost:${address.port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

module.exports = { DIST, ensureBuild, pageScripts, serveDist };
