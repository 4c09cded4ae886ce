-- Shared by every phase (run.sh prepends it to the phase's script): per-thread random seed, a count of responses
-- that are not 2xx (the first few kept with their body), and one RESULT line from done() with the throughput and
-- latency percentiles.
local threads, counter = {}, 0
token = os.getenv("BENCH_TOKEN")
headers = { ["Authorization"] = "Bearer " .. (token or ""), ["Accept"] = "application/json" }

function list(env)
  local t = {}
  for v in string.gmatch(os.getenv(env) or "", "[^,]+") do t[#t + 1] = v end
  return t
end

function pick(t) return t[math.random(#t)] end

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + tid)
  bad, samples = 0, ""
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
    if bad <= 3 then samples = samples .. "NON2XX " .. status .. " " .. string.gsub(string.sub(body or "", 1, 300), "%s+", " ") .. "\n" end
  end
end

function done(summary, latency, requests)
  local non2xx = 0
  for _, t in ipairs(threads) do
    non2xx = non2xx + t:get("bad")
    io.write(t:get("samples"))
  end
  local e, s = summary.errors, summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, s, summary.requests / s, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, non2xx, e.connect + e.read + e.write + e.timeout))
end
