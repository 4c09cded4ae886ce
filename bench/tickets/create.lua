-- POST /api/v1/tickets: a phone ticket with a title and body from the word list, random bench queue and customer.
local words, queues = list("BENCH_WORDS"), list("BENCH_QUEUES")
local post_headers = { ["Authorization"] = headers["Authorization"], ["Content-Type"] = "application/json" }

local function phrase(n)
  local t = {}
  for i = 1, n do t[i] = pick(words) end
  return table.concat(t, " ")
end

function request()
  local title = phrase(math.random(3, 7))
  local body = string.format(
    '{"title":"%s","queueId":%s,"customerUser":"customer%04d","article":{"subject":"%s","body":"%s. %s.","contentType":"text/plain","channel":"phone"}}',
    title, pick(queues), math.random(1, 1000), title, phrase(math.random(5, 12)), phrase(math.random(5, 12)))
  return wrk.format("POST", "/api/v1/tickets", post_headers, body)
end
