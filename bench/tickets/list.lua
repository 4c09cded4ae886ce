-- GET /api/v1/tickets: the first pages of a bench queue's new and open tickets, 25 rows a page.
local queues = list("BENCH_QUEUES")

function request()
  return wrk.format("GET", string.format("/api/v1/tickets?queueId=%s&stateType=new,open&pageSize=25&page=%d",
    pick(queues), math.random(1, 3)), headers)
end
