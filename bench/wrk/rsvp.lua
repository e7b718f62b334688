-- Members answering meet-ups: PUT /api/v1/meetups/{id}/rsvp as one of BENCH_TOKENS, to one
-- of BENCH_MEETUPS (upcoming meet-ups, chosen by bench/rsvp.py), with a random answer:
-- half "going" (a place, the waitlist or a pending request), a quarter each "maybe" and
-- "not_going" (which free places, so the first on a waitlist moves up). Every answer is
-- 200, whether it changed anything or not; common.lua counts the others.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

tokens = env_list("BENCH_TOKENS")
meetups = env_list("BENCH_MEETUPS")
local answers = { "going", "going", "maybe", "not_going" }

function init(args)
   seed_random()
end

function rsvp_request()
   local headers = {
      ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
      ["Content-Type"] = "application/json",
   }
   local body = '{"status":"' .. answers[math.random(#answers)] .. '"}'
   return wrk.format("PUT", "/api/v1/meetups/" .. meetups[math.random(#meetups)] .. "/rsvp",
                     headers, body)
end

request = rsvp_request
