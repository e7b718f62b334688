-- Shared by every scenario (each script loads it first with dofile).
--
-- Counts the answers that are not 2xx (wrk itself only counts >= 400) and the 201s (replies
-- made), keeps the first unexpected answer for the report, and at the end prints one line
-- "BENCH_JSON {...}" with throughput, latency percentiles (from wrk's own histogram, in
-- microseconds) and errors, for bench/run to read.

local threads = {}
local thread_count = 0

function setup(thread)
   thread_count = thread_count + 1
   thread:set("tid", thread_count)
   table.insert(threads, thread)
end

non2xx = 0
created = 0
first_error = ""

function response(status, headers, body)
   if status == 201 then
      created = created + 1
   end
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
      if first_error == "" then
         first_error = status .. " " .. string.sub(body or "", 1, 300)
      end
   end
end

-- What the client accepts (bench/run --encodings): none unless BENCH_ACCEPT_ENCODING says.
local accept_encoding = os.getenv("BENCH_ACCEPT_ENCODING") or ""
if accept_encoding ~= "" then
   wrk.headers["Accept-Encoding"] = accept_encoding
end

-- The environment bench/run passes in.
function env_number(name, default)
   local value = tonumber(os.getenv(name) or "")
   if value == nil then return default end
   return value
end

function env_list(name)
   local items = {}
   for item in string.gmatch(os.getenv(name) or "", "[^,]+") do
      table.insert(items, item)
   end
   return items
end

function seed_random()
   math.randomseed(os.time() * 100 + (tid or 0))
   for _ = 1, 10 do math.random() end
end

local function json_string(text)
   text = string.gsub(text, '[%c"\\]', function(c)
      return string.format("\\u%04x", string.byte(c))
   end)
   return '"' .. text .. '"'
end

function done(summary, latency, requests)
   local bad, made, example = 0, 0, ""
   for _, thread in ipairs(threads) do
      bad = bad + (thread:get("non2xx") or 0)
      made = made + (thread:get("created") or 0)
      local first = thread:get("first_error") or ""
      if example == "" then example = first end
   end
   local e = summary.errors
   local parts = {
      string.format('"requests":%d', summary.requests),
      string.format('"duration_us":%d', summary.duration),
      string.format('"bytes":%d', summary.bytes),
      string.format('"non2xx":%d', bad),
      string.format('"created":%d', made),
      string.format('"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d}',
                    e.connect, e.read, e.write, e.timeout),
      string.format('"status_errors":%d', e.status),
      string.format('"latency_us":{"min":%.1f,"mean":%.1f,"max":%.1f,"stdev":%.1f,' ..
                    '"p50":%.1f,"p90":%.1f,"p95":%.1f,"p99":%.1f,"p999":%.1f}',
                    latency.min, latency.mean, latency.max, latency.stdev,
                    latency:percentile(50), latency:percentile(90), latency:percentile(95),
                    latency:percentile(99), latency:percentile(99.9)),
      '"first_error":' .. json_string(example),
   }
   io.write("BENCH_JSON {" .. table.concat(parts, ",") .. "}\n")
end
