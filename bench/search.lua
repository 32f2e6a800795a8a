-- Searches that are new to the server, for bench/run.sh: every request asks for four words
-- of the corpus's vocabulary (2.56 million combinations), each thread of each run walking
-- them from a random start, so answers practically never come from the page cache and each
-- costs a Lucene query, highlighting and a render.
--   wrk -s bench/search.lua http://127.0.0.1:18200

local words = {
  "summit", "minister", "government", "withdrawal", "troops", "security", "cooperation",
  "organisation", "president", "agreement", "council", "talks", "economy", "market", "energy",
  "climate", "election", "parliament", "court", "ministry", "report", "official", "spokesman",
  "negotiations", "sanctions", "border", "region", "crisis", "growth", "inflation", "budget",
  "world", "state", "people", "life", "year", "work", "day", "time", "years"
}

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + (id or 0))
  counter = math.random(0, (#words) ^ 4 - 1)
end

function request()
  counter = counter + 1
  local n = #words
  local query = {}
  for i = 0, 3 do
    query[#query + 1] = words[math.floor(counter / n ^ i) % n + 1]
  end
  return wrk.format("GET", "/search?q=" .. table.concat(query, "+"))
end
