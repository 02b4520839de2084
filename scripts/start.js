/**
 * `npm start`. With desktop Excel (Windows, Mac) it sideloads the add-in through office-addin-debugging, which
 * runs the dev server. Elsewhere it serves the production build in dist/ (built first when missing or stale) on
 * http://localhost:3000 and prints the playground's address: the pane on a sample plan in an in-memory workbook.
 */
const path = require("path");
const { spawn } = require("child_process");
const { ensureBuild, serveDist } = require("./dist-server");

/** The development address of manifest.xml; the playground alone may take another (PORT=0: any free port). */
const PORT = 3000;

/** Why desktop Excel cannot be used here, or null when it can. */
function noDesktopExcel() {
  if (process.platform !== "win32" && process.platform !== "darwin")
    return `There is no desktop Excel on ${process.platform}`;
  try {
    // An optional dependency: it only installs where it can sideload into desktop Excel.
    require.resolve("office-addin-debugging/package.json");
    return null;
  } catch {
    return "office-addin-debugging, which sideloads into desktop Excel, is not installed";
  }
}

function sideload() {
  const args = ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"];
  args.push("--dev-server", "npm run dev-server", "--dev-server-port", String(PORT));
  const child = spawn("npx", args, {
    cwd: path.join(__dirname, ".."),
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 1));
}

async function servePlayground(reason) {
  ensureBuild();
  const port = process.env.PORT === undefined ? PORT : Number(process.env.PORT);
  try {
    const { origin } = await serveDist(port, "playground.html");
    console.log(`${reason}, so the add-in runs in the playground: open ${origin}/playground.html (Ctrl+C stops it).`);
  } catch (error) {
    const why = error.code === "EADDRINUSE" ? `port ${port} is already in use` : error.message;
    console.error(`Cannot serve dist/ on http://localhost:${port}: ${why}.`);
    process.exit(1);
  }
}

const reason = noDesktopExcel();
if (reason) {
  servePlayground(reason).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
} else {
  sideload();
}
