-- wrk: each request GETs a random line of the file given after "--" (one request path a line),
-- and done() prints one line: RESULT requests/s p50_ms p95_ms p99_ms bad_responses.
-- Headers (Accept, If-None-Match) come from wrk's -H.

local paths = {}

-- The request paths of a file, one a line (also used by site/bench/walk-paths.lua).
function read_paths(name)
   local list = {}
   local file = assert(io.open(name, "r"), "cannot open " .. tostring(name))
   for line in file:lines() do
      if #line > 0 then list[#list + 1] = line end
   end
   file:close()
   assert(#list > 0, "no paths in " .. name)
   return list
end

function init(args)
   paths = read_paths(args[1])
   -- Different seeds per thread, the same sequence every run.
   math.randomseed(id or 1)
end

function setup(thread)
   thread:set("id", math.random(1, 1000000))
end

function request()
   return wrk.format("GET", paths[math.random(1, #paths)])
end

function done(summary, latency, requests)
   local bad = summary.errors.status + summary.errors.connect + summary.errors.read
             + summary.errors.write + summary.errors.timeout
   io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\n",
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, bad))
end
