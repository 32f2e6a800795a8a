-- Mixed reads for bench/soak.sh: each connection walks the list of paths the script
-- wrote (articles, front pages, sections, tags, search, feeds), each thread from its own
-- starting point, so that every kind of page is asked for all the time.
--   wrk -s bench/soak.lua http://127.0.0.1:18450 -- paths.txt

local threads = {}
local counter = 1

function setup(thread)
  thread:set("offset", #threads * 7919)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  counter = (offset or 0) % #paths + 1
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("socket-errors %d\n", errors.connect + errors.read + errors.write + errors.timeout))
  io.write(string.format("non-2xx-3xx %d\n", errors.status))
  io.write(string.format("latency-p50-ms %.1f\n", latency:percentile(50) / 1000))
  io.write(string.format("latency-p99-ms %.1f\n", latency:percentile(99) / 1000))
  io.write(string.format("latency-max-ms %.1f\n", latency.max / 1000))
end
