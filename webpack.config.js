/**
 * Builds the task pane and the ribbon-command page into dist/, with dist/manifest.xml pointing at the address
 * given in ADDIN_PUBLIC_URL. `webpack serve` runs the same pages on https://localhost:3000 for development.
 */
const fs = require("fs");
const TerserPlugin = require("terser-webpack-plugin");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { withPublicAddress } = require("./scripts/manifest-address");

const DEV_PORT = 3000;

/** Our styles import makeStyles from Fluent's package, which re-exports Griffel's. */
const GRIFFEL_FROM_FLUENT = {
  moduleSource: "@fluentui/react-components",
  importName: "makeStyles",
  resetImportName: "makeResetStyles",
};

/**
 * One entry and one HTML page each. A page whose files do not exist yet is skipped, so a page can be declared
 * before the engineer who writes it lands their code.
 */
const PAGES = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html" },
  { name: "commands", entry: "./src/commands/commands.ts", template: "./src/commands/commands.html" },
  { name: "playground", entry: "./src/playground/index.tsx", template: "./src/playground/playground.html" },
].filter((page) => fs.existsSync(page.entry) && fs.existsSync(page.template));

function manifestTransform(isProduction) {
  const publicAddress = process.env.ADDIN_PUBLIC_URL;
  if (!publicAddress) {
    if (isProduction) console.log("ADDIN_PUBLIC_URL is not set: dist/manifest.xml keeps https://localhost:3000.");
    return (content) => content;
  }
  return (content) => withPublicAddress(content.toString("utf8"), publicAddress);
}

/**
 * HTTPS with the Office development certificate where it can be installed. Installing it on Linux needs sudo;
 * without it (or if installing fails) the server falls back to plain http and says why.
 */
async function devServerTransport() {
  const certificate = await developmentCertificate();
  if (certificate.options) return { type: "https", options: certificate.options };
  console.log(`Serving plain http on localhost:${DEV_PORT}: ${certificate.reason}.`);
  return "http";
}

async function developmentCertificate() {
  if (process.platform === "linux" && !commandExists("sudo")) {
    return { reason: "sudo is not available to install the development certificate" };
  }
  try {
    const { getHttpsServerOptions } = require("office-addin-dev-certs");
    return { options: await getHttpsServerOptions() };
  } catch (error) {
    return { reason: `the development certificate could not be installed (${String(error).split("\n")[0]})` };
  }
}

function commandExists(command) {
  return (process.env.PATH || "").split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));
}

module.exports = async (_env, argv) => {
  const isProduction = argv.mode === "production";
  const isServe = Boolean(process.env.WEBPACK_SERVE);

  return {
    entry: Object.fromEntries(PAGES.map((page) => [page.name, page.entry])),
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: isProduction ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
      // Every file is written again, even one whose bytes are the same: the benchmarks and the browser tests take
      // dist/ as up to date when both pages are newer than the sources (scripts/dist-server.js), and an unchanged
      // taskpane.html kept its old date, so that each run after a playground-only change built everything again.
      compareBeforeEmit: false,
    },
    // Both choices write no eval, which the pages' Content-Security-Policy forbids.
    devtool: isProduction ? "source-map" : "inline-source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Our modules do nothing on import but define things: what a page does not use of a folder's index
          // (the edit plan behind core/edits, say) stays out of its first load.
          sideEffects: false,
          // Loaders run last to first: TypeScript compiles, then Griffel turns our makeStyles into the CSS they
          // make, so that the page does not compute them (stylis, rtl-css-js) before it can show the overview, as
          // Fluent's own components ship. Tests run makeStyles as written.
          use: [
            { loader: "@griffel/webpack-loader", options: { modules: [GRIFFEL_FROM_FLUENT] } },
            {
              loader: "ts-loader",
              options: { configFile: "tsconfig.webpack.json", onlyCompileBundledFiles: true },
            },
          ],
        },
      ],
    },
    optimization: {
      // Two compression passes: the pane's JavaScript must stay under 160 KB gzipped.
      minimizer: [
        new TerserPlugin({
          extractComments: false,
          terserOptions: { compress: { passes: 2 }, format: { comments: false } },
        }),
      ],
      splitChunks: {
        // Only the pages' own first loads share the named chunks: the playground keeps its own copies, and what
        // the pane loads later (the dark theme) stays in a chunk of its own instead of weighing on the first load.
        chunks: (chunk) => chunk.name === "taskpane" || chunk.name === "commands",
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: "react", priority: 20 },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui)[\\/]/,
            name: "fluent",
            priority: 10,
          },
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", priority: 0 },
        },
      },
    },
    // Fluent UI alone is larger than webpack's default 244 KB hint; the pane loads from the local network or cache.
    performance: { maxEntrypointSize: 2_000_000, maxAssetSize: 1_500_000 },
    plugins: [
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({ filename: `${page.name}.html`, template: page.template, chunks: [page.name] }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/legacy-check.js", to: "legacy-check.js", info: { minimized: true } },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestTransform(isProduction) },
        ],
      }),
    ],
    devServer: isServe
      ? {
          host: "localhost",
          port: DEV_PORT,
          static: false,
          server: await devServerTransport(),
          headers: { "Access-Control-Allow-Origin": "*" },
        }
      : undefined,
  };
};
