-- GET /api/v1/tickets?q=word: full-text search for one word of the list, frequent and rare words alike.
local words = list("BENCH_SEARCH_WORDS")

function request()
  return wrk.format("GET", "/api/v1/tickets?q=" .. pick(words) .. "&pageSize=25", headers)
end
