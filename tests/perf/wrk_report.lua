-- Prints one machine-readable line after a wrk run (latencies in microseconds). With BENCH_MISS=1 every request
-- asks for the page under a new query string, so a page cache keyed on the whole URL cannot answer it.
local miss = os.getenv("BENCH_MISS") == "1"
local counter = 0

if miss then
  request = function()
    counter = counter + 1
    return wrk.format(nil, wrk.path .. "?bench-miss=" .. counter .. "-" .. math.random(1000000000))
  end
end

done = function(summary, latency, requests)
  io.write(string.format(
    "WRK requests=%d duration_us=%d connect=%d read=%d write=%d status=%d timeout=%d p50_us=%d p95_us=%d\n",
    summary.requests, summary.duration, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout, latency:percentile(50), latency:percentile(95)))
end
