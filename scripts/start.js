/**
 * `npm start`. With desktop Excel (Windows, Mac) it sideloads the add-in through office-addin-debugging, which
 * runs the dev server. Elsewhere it serves the production build in dist/ (building it first when missing) on
 * http://localhost:3000 and prints the page to open.
 */
const fs = require("fs");
const http = require("http");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const PORT = 3000;
const isWindows = process.platform === "win32";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** office-addin-debugging is an optional dependency: it only installs where it can sideload into desktop Excel. */
function canSideload() {
  if (process.platform !== "win32" && process.platform !== "darwin") return false;
  try {
    require.resolve("office-addin-debugging/package.json");
    return true;
  } catch {
    return false;
  }
}

function sideload() {
  const args = ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"];
  args.push("--dev-server", "npm run dev-server", "--dev-server-port", String(PORT));
  const child = spawn("npx", args, { cwd: ROOT, stdio: "inherit", shell: isWindows });
  child.on("exit", (code) => process.exit(code ?? 1));
}

function buildIfMissing() {
  if (fs.existsSync(path.join(DIST, "taskpane.html"))) {
    console.log("Serving the existing build in dist/ (run `npm run build` to refresh it).");
    return;
  }
  const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", shell: isWindows });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The page to open: the playground (a sample plan in an in-memory workbook) once it exists, else the task pane. */
function landingPage() {
  return fs.existsSync(path.join(DIST, "playground.html")) ? "playground.html" : "taskpane.html";
}

/** The decoded path, or "" for a malformed one (which then matches no file). */
function safeDecode(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return "";
  }
}

/** Serves the files under `root`; never anything outside it. */
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

function serveDist() {
  buildIfMissing();
  const page = landingPage();
  const server = createStaticServer(DIST, page);
  server.on("error", (error) => {
    const reason = error.code === "EADDRINUSE" ? `port ${PORT} is already in use` : error.message;
    console.error(`Cannot serve dist/ on http://localhost:${PORT}: ${reason}.`);
    process.exit(1);
  });
  server.listen(PORT, "localhost", () => {
    console.log(`Open http://localhost:${PORT}/${page} (Ctrl+C stops the server).`);
  });
}

if (canSideload()) {
  sideload();
} else {
  console.log(
    `Desktop Excel is not available on ${process.platform}: serving the add-in's pages in a browser instead.`,
  );
  serveDist();
}
