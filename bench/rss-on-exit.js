// Preloaded with `node --require` so the benchmark learns a child's peak memory (kilobytes) and CPU time
// (milliseconds, user + system) on stderr.
process.on("exit", () => {
  const usage = process.resourceUsage();
  const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${usage.maxRSS} BENCH_CPU_MS=${cpuMs}\n`);
});
