-- Authorization-code round trips with a signed-in browser: GET /oauth/authorize (the SSO cookie,
-- prompt=none: a 302 with a code), then POST /oauth/token (the code with its PKCE verifier).
-- Every connection takes the oldest code its thread holds, else asks for a new one; done()
-- prints the exchanges that answered 200. From the environment: SSO_COOKIE, CLIENT_ID,
-- REDIRECT_URI, CODE_CHALLENGE, CODE_VERIFIER.
local cookie = os.getenv("SSO_COOKIE")
local client = os.getenv("CLIENT_ID")
local redirect = os.getenv("REDIRECT_URI")
local challenge = os.getenv("CODE_CHALLENGE")
local verifier = os.getenv("CODE_VERIFIER")
local threads = {}

local function encode(text)
  return (string.gsub(text, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local authorize = "/oauth/authorize?response_type=code&prompt=none&scope=openid&state=s&client_id=" .. encode(client)
  .. "&redirect_uri=" .. encode(redirect) .. "&code_challenge=" .. challenge .. "&code_challenge_method=S256"

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  codes = {}
  exchanges = 0
  failures = 0
end

function request()
  local code = table.remove(codes, 1)
  if code then
    return wrk.format("POST", "/oauth/token", { ["Content-Type"] = "application/x-www-form-urlencoded" },
      "grant_type=authorization_code&client_id=" .. encode(client) .. "&redirect_uri=" .. encode(redirect)
      .. "&code_verifier=" .. verifier .. "&code=" .. code)
  end
  return wrk.format("GET", authorize, { ["Cookie"] = "keyward_sso=" .. cookie })
end

function response(status, headers, body)
  if status == 302 then
    local code = string.match(headers["Location"] or "", "[?&]code=([^&]+)")
    if code then table.insert(codes, code) else failures = failures + 1 end
  elseif status == 200 and string.find(body, "access_token", 1, true) then
    exchanges = exchanges + 1
  else
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local total, failed = 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("exchanges")
    failed = failed + thread:get("failures")
  end
  io.write(string.format("exchanges %d failures %d seconds %.2f\n", total, failed, summary.duration / 1e6))
end
