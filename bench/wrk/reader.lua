-- A signed-in reader (BENCH_TOKEN) opening the first page of random threads
-- (ids 1..BENCH_THREADS).
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local threads = env_number("BENCH_THREADS", 1000)
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or "")

function init(args)
   seed_random()
end

function request()
   return wrk.format("GET", "/api/v1/threads/" .. math.random(threads) .. "/posts")
end
