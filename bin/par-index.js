#!/usr/bin/env node
// The compiled command line (npm install runs `prepare`, which builds lib/).
require("../lib/cli/main.js").main();
