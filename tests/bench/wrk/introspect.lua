-- RFC 7662 introspection of one access token by a caller holding tokens.introspect.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("ADMIN_TOKEN")
wrk.body = "token=" .. os.getenv("USER_TOKEN")
