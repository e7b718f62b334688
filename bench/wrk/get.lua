-- GET the URL given to wrk, as an anonymous reader, or as BENCH_TOKEN's user when it is set.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local token = os.getenv("BENCH_TOKEN") or ""
if token ~= "" then
   wrk.headers["Authorization"] = "Bearer " .. token
end
