/** Where the e2e tests find Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
"use strict";

const DEFAULT_CHROMIUM = "/usr/bin/chromium";

function chromiumPath() {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** The one-line hint when it is missing. */
function missingChromiumHint(path) {
  return `Chromium not found at ${path}; install it with: apt-get install chromium (or set CHROMIUM_PATH)`;
}

module.exports = { chromiumPath, missingChromiumHint, DEFAULT_CHROMIUM };
