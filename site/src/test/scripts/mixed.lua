-- wrk script for load-mixed.sh: requests taken in turn from the file named by the PATHS environment
-- variable (one "path|accept" or "path|accept|gzip" a line: person pages, data documents, searches,
-- cookbook SPARQL; "gzip" adds Accept-Encoding: gzip, as real clients of the cookbook send), each
-- with an X-Forwarded-For from 1,024 client addresses per thread (as a reverse proxy in front of the
-- site would send; the site trusts it from loopback only), so that no visitor shares another's cap.
-- Counts 5xx and 429 answers per thread, and appends the first 5xx answers (status and the start of
-- the body) to the file named by BODIES, if set: a failure says what it was. (wrk's response() does
-- not know its request: load-mixed.sh reads the status per kind of path from the site's access log.)
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths, accepts, gzips = {}, {}, {}
  for line in io.lines(os.getenv("PATHS")) do
    local p, rest = line:match("^([^|]+)|(.*)$")
    local a, encoding = rest:match("^([^|]*)|(.*)$")
    table.insert(paths, p)
    table.insert(accepts, a or rest)
    table.insert(gzips, encoding == "gzip")
  end
  i = id * 7919
  n5xx, n429, n4xx = 0, 0, 0
  kept = 0
end

function request()
  i = i + 1
  local k = i % #paths + 1
  local headers = {
    ["Accept"] = accepts[k],
    ["X-Forwarded-For"] = "10." .. (id + 1) .. "." .. (math.floor(i / 256) % 4) .. "." .. (i % 256)
  }
  if gzips[k] then headers["Accept-Encoding"] = "gzip" end
  return wrk.format("GET", paths[k], headers)
end

function response(status, headers, body)
  if status >= 500 then
    n5xx = n5xx + 1
    local file = os.getenv("BODIES")
    if file and kept < 10 then
      kept = kept + 1
      local f = io.open(file, "a")
      if f then f:write(status .. " " .. string.gsub(string.sub(body or "", 1, 300), "%s+", " ") .. "\n"); f:close() end
    end
  elseif status == 429 then n429 = n429 + 1
  elseif status >= 400 then n4xx = n4xx + 1 end
end

function done(summary, latency, requests)
  local s5, s429, s4 = 0, 0, 0
  for _, t in ipairs(threads) do
    s5 = s5 + t:get("n5xx"); s429 = s429 + t:get("n429"); s4 = s4 + t:get("n4xx")
  end
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "status_5xx=%d status_429=%d status_other_4xx=%d socket_errors=%d timeouts=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    s5, s429, s4, summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout))
end
