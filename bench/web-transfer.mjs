// Bytes a browser transfers for ChemSafe's web app, measured with Chromium's DevTools protocol (what the DevTools
// network panel calls "transferred": headers plus the body as sent, so after compression).
// Usage: node web-transfer.mjs <base-url> <username> <password>   (bench/web-transfer.sh starts the platform for you)
// BENCH_VERBOSE=1 lists every request on stderr: visit, bytes transferred (or "cache"), bytes decoded, path.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const [base, username, password] = process.argv.slice(2)
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium'
const QUIET_MS = 4000
const TIMEOUT_MS = 60000

const profile = mkdtempSync(join(tmpdir(), 'chemsafe-bench-'))
const browser = spawn(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
  { stdio: ['ignore', 'ignore', 'pipe'] })

try {
  const page = await connect(await devToolsPort())
  await page.send('Network.enable')
  await page.send('Page.enable')
  await page.send('Network.setCacheDisabled', { cacheDisabled: false })

  const rows = []
  rows.push(['login page, first visit', await visit(page, '/login')])
  await page.send('Network.clearBrowserCache')
  await page.send('Network.setCookie', { name: 'JSESSIONID', value: await sessionOf(username, password), url: base })
  rows.push(['home page, first visit', await visit(page, '/')])
  rows.push(['home page, repeat visit', await visit(page, '/')])
  print(rows)
  page.close()
} finally {
  const exited = new Promise((resolve) => browser.once('exit', resolve))
  browser.kill()
  await exited
  // Chromium's helper processes may still write to the profile for a moment after the browser has exited
  rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 })
}

/** Navigates away, then to the path, and sums what crossed the network until it has been quiet for a while. */
async function visit(page, path) {
  await page.navigate('about:blank')
  const requests = new Map()
  const stop = page.listen((method, params) => {
    if (method === 'Network.requestWillBeSent') {
      requests.set(params.requestId, { url: params.request.url, transferred: 0, decoded: 0, cached: false, done: false })
    }
    const request = requests.get(params.requestId)
    if (!request) return
    if (method === 'Network.requestServedFromCache') request.cached = true
    if (method === 'Network.responseReceived') request.cached ||= params.response.fromDiskCache || params.response.fromPrefetchCache
    if (method === 'Network.dataReceived') request.decoded += params.dataLength
    if (method === 'Network.loadingFinished') Object.assign(request, { transferred: params.encodedDataLength, done: true })
    if (method === 'Network.loadingFailed') request.done = true
  })
  await page.navigate(base + path)
  await quiet(requests)
  stop()
  const all = [...requests.values()].filter((r) => r.url.startsWith(base))
  const sum = (list, key) => list.reduce((total, r) => total + r[key], 0)
  if (process.env.BENCH_VERBOSE) {
    for (const r of all) console.error(`${path}\t${r.cached ? 'cache' : r.transferred}\t${r.decoded}\t${r.url.slice(base.length)}`)
  }
  const network = all.filter((r) => !r.cached)
  const assets = network.filter((r) => new URL(r.url).pathname.startsWith('/assets/'))
  return {
    requests: network.length,
    cached: all.length - network.length,
    transferred: sum(network, 'transferred'),
    assets: sum(assets, 'transferred'),
    decoded: sum(all, 'decoded')
  }
}

async function quiet(requests) {
  const start = Date.now()
  let last = Date.now()
  let pending = -1
  while (Date.now() - start < TIMEOUT_MS) {
    const now = [...requests.values()].filter((r) => !r.done).length
    if (now !== pending) { pending = now; last = Date.now() }
    if (pending === 0 && Date.now() - last >= QUIET_MS) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('the page did not settle within ' + TIMEOUT_MS / 1000 + ' s')
}

/** Signs in through the API (CSRF cookie first) and returns the session cookie's value. */
async function sessionOf(user, pass) {
  const csrf = await fetch(base + '/api/v1/auth/csrf')
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0])
  const token = cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length)
  const login = await fetch(base + '/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token, Cookie: cookies.join('; ') },
    body: JSON.stringify({ username: user, password: pass })
  })
  if (!login.ok) throw new Error(`login of ${user} failed: ${login.status} ${await login.text()}`)
  const session = login.headers.getSetCookie().find((c) => c.startsWith('JSESSIONID='))
  if (!session) throw new Error('login set no session cookie')
  return session.split(';')[0].slice('JSESSIONID='.length)
}

function devToolsPort() {
  return new Promise((resolve, reject) => {
    let output = ''
    browser.stderr.on('data', (chunk) => {
      output += chunk
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)
      if (match) resolve(match[1])
    })
    browser.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${output}`)))
  })
}

async function connect(port) {
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()
  const socket = new WebSocket(targets.find((t) => t.type === 'page').webSocketDebuggerUrl)
  await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject })
  let id = 0
  const replies = new Map()
  const listeners = new Set()
  socket.onmessage = ({ data }) => {
    const message = JSON.parse(data)
    if (message.id !== undefined) {
      const reply = replies.get(message.id)
      replies.delete(message.id)
      if (message.error) reply.reject(new Error(JSON.stringify(message.error)))
      else reply.resolve(message.result)
    } else {
      listeners.forEach((listener) => listener(message.method, message.params))
    }
  }
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    replies.set(++id, { resolve, reject })
    socket.send(JSON.stringify({ id, method, params }))
  })
  const listen = (listener) => { listeners.add(listener); return () => listeners.delete(listener) }
  const navigate = async (url) => {
    const loaded = new Promise((resolve) => {
      const stop = listen((method) => { if (method === 'Page.loadEventFired') { stop(); resolve() } })
    })
    await send('Page.navigate', { url })
    await loaded
  }
  return { send, listen, navigate, close: () => socket.close() }
}

function print(rows) {
  const kb = (bytes) => (bytes / 1024).toFixed(1)
  console.log('| Visit | Requests to the server | Served from cache | Transferred KB | of which /assets KB | Resources KB (uncompressed) |')
  console.log('|---|---:|---:|---:|---:|---:|')
  for (const [name, r] of rows) {
    console.log(`| ${name} | ${r.requests} | ${r.cached} | ${kb(r.transferred)} | ${kb(r.assets)} | ${kb(r.decoded)} |`)
  }
}
