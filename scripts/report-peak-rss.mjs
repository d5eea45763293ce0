// Preloaded with `node --import` by the benchmark: reports the process's peak memory when it exits.
process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`))
