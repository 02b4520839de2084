/** What `apply` writes, recalculated and printed by LibreOffice Calc (`npm run test:interop`; needs `soffice`). */
const typescript = require("./jest.typescript");

module.exports = {
  ...typescript,
  roots: ["<rootDir>/tests/interop"],
  testTimeout: 180_000,
};
