-- Members replying: POST /api/v1/threads/{random id}/posts as one of BENCH_TOKENS (one
-- token per bench user), each body unique (run stamp, wrk thread, request number), so the
-- duplicate-post check never refuses one.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

tokens = env_list("BENCH_TOKENS")
reply_threads = env_number("BENCH_THREADS", 1000)
stamp = os.getenv("BENCH_STAMP") or tostring(os.time())
sent = 0
local sentences = {
   "Same here, it gets better.",
   "We tried that too and it helped a little.",
   "Sending a hug from one tired parent to another.",
   "Our health visitor said the same thing.",
}

function init(args)
   seed_random()
end

function reply_request()
   sent = sent + 1
   local body = string.format('{"body":"%s (bench %s-%d-%d)"}',
                              sentences[math.random(#sentences)], stamp, tid, sent)
   local headers = {
      ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
      ["Content-Type"] = "application/json",
      ["Accept-Encoding"] = wrk.headers["Accept-Encoding"],  -- nil unless --encodings says
   }
   return wrk.format("POST", "/api/v1/threads/" .. math.random(reply_threads) .. "/posts",
                     headers, body)
end

request = reply_request
