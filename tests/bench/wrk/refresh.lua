-- Refresh chains: every wrk thread (one connection each) presents the refresh token it just
-- received, as a real client does. REFRESH_TOKENS holds one starting token per thread.
local starting = {}
for token in string.gmatch(os.getenv("REFRESH_TOKENS") or "", "[^,]+") do
  table.insert(starting, token)
end
local next_index = 1

function setup(thread)
  thread:set("token", starting[next_index])
  next_index = next_index + 1
end

function request()
  return wrk.format("POST", "/auth/refresh", { ["Content-Type"] = "application/json" },
                    '{"refresh_token":"' .. token .. '"}')
end

function response(status, headers, body)
  if status == 200 then
    token = string.match(body, '"refresh_token":"([^"]+)"') or token
  end
end
