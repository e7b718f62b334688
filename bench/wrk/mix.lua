-- 95 reads to 5 replies. Reads are anonymous: a third the thread list's first page, the rest
-- the first page of a random thread. Replies as in reply.lua.
dofile(os.getenv("BENCH_WRK_DIR") .. "/reply.lua")

function request()
   local roll = math.random()
   if roll < 0.05 then
      return reply_request()
   elseif roll < 0.05 + 0.95 / 3 then
      return wrk.format("GET", "/api/v1/threads")
   end
   return wrk.format("GET", "/api/v1/threads/" .. math.random(reply_threads) .. "/posts")
end
