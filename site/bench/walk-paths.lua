-- wrk: each thread walks the file given after "--" (one request path a line) in order, from its own
-- share of it, so that no path is asked twice in a run (a cache cannot hide the cost of a page).
-- Arguments: PATHS_FILE THREADS.

-- done() (the RESULT line) is random-paths.lua's: load it, then replace how paths are chosen.
local here = debug.getinfo(1, "S").source:match("^@(.*)/[^/]*$") or "."
dofile(here .. "/../../fuseki-config/bench/random-paths.lua")

local paths = {}
local counter = 0
local next_index = 1

function setup(thread)
   counter = counter + 1
   thread:set("tn", counter)
end

function init(args)
   paths = read_paths(args[1])
   local threads = tonumber(args[2] or "1")
   next_index = math.floor(((tn or 1) - 1) * #paths / threads) + 1
end

function request()
   local path = paths[next_index]
   next_index = next_index % #paths + 1
   return wrk.format("GET", path)
end
