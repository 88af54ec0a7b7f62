// Preloaded with `node --require` so the benchmark learns a child's peak memory (kilobytes) on stderr.
process.on("exit", () => {
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
