// jest project contract-http: the backend contract tests, this time over HTTP.
process.env.CONTRACT_TRANSPORT = 'http'
