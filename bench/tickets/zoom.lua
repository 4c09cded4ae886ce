-- GET /api/v1/tickets/{id}: the zoom of a random seeded ticket.
local first_id, last_id = tonumber(os.getenv("BENCH_FIRST_ID")), tonumber(os.getenv("BENCH_LAST_ID"))

function request()
  return wrk.format("GET", "/api/v1/tickets/" .. math.random(first_id, last_id), headers)
end
