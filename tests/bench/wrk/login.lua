-- Logins with the right password (Argon2id at the default cost on every request).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
-- BENCH_WORKSPACE: log in to that workspace (its claims in the token).
local workspace = os.getenv("BENCH_WORKSPACE")
local into = workspace and (',"workspace":"' .. workspace .. '"') or ""
wrk.body = '{"email":"' .. os.getenv("BENCH_EMAIL") .. '","password":"' .. os.getenv("BENCH_PASSWORD") .. '"' .. into .. '}'
