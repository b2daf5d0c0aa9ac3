// Load test of a running Screening app (see run-load.sh): a trivial endpoint, address screening by GET,
// then mixed address/name/batch traffic. Bounded in time, loopback only. Exits non-zero on any error or non-2xx.
'use strict';
const autocannon = require('autocannon');

const base = process.argv[2] || 'http://127.0.0.1:7080';
const duration = Number(process.argv[3] || 15);
const connections = Number(process.argv[4] || 16);
// The sustained phase runs open-loop at this rate: what a deployment must absorb without refusing (503) a single call.
const sustainedRate = Number(process.argv[5] || 1000);
const json = { 'content-type': 'application/json' };

// Listed in the 2021 OFAC SDN set (YAN Xiaobing) and unlisted but valid addresses of other families.
const addresses = ['12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h', '0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'];
const names = ['Kim Jong Un', 'LAZARUS GROUP', 'Margaret Oyelaran-Whitfield', 'Banco Nacional de Cuba', 'Ali Hassan Mohammad'];

const phases = [
  { title: 'trivial: GET /api/v1/health', requests: [{ method: 'GET', path: '/api/v1/health' }] },
  { title: 'GET /api/v1/screen/address/{address}', requests: [{ method: 'GET', path: `/api/v1/screen/address/${addresses[0]}` }] },
  {
    title: 'mixed: address POST/GET, name, batch of 10',
    requests: [
      { method: 'POST', path: '/api/v1/screen/address', headers: json, body: JSON.stringify({ address: addresses[1], chain: 'ETH' }) },
      { method: 'GET', path: `/api/v1/screen/address/${addresses[2]}` },
      ...names.map(name => ({ method: 'POST', path: '/api/v1/screen/name', headers: json, body: JSON.stringify({ name }) })),
      {
        method: 'POST', path: '/api/v1/screen/batch', headers: json,
        body: JSON.stringify({ items: [...names.map((name, i) => ({ id: `n${i}`, name })), ...addresses.map((address, i) => ({ id: `a${i}`, address })), { id: 'x', name: 'Viktor Bout' }, { id: 'y', name: 'Korea Kwangson Banking Corp' }] }),
      },
    ],
  },
];

(async () => {
  const rows = [];
  let failed = false;
  // Sustained (open-loop) first, while the audit trail has room; the closed-loop phases then push past what storage absorbs.
  phases.splice(1, 0, { ...phases[2], title: `sustained mixed at ${sustainedRate} requests/s`, overallRate: sustainedRate, mustSucceed: true });
  phases[0].mustSucceed = true;
  for (const phase of phases) {
    const result = await autocannon({ url: base, connections, duration, requests: phase.requests, overallRate: phase.overallRate });
    const bad = result.errors + result.timeouts + result.non2xx;
    const refusedOnly = Object.keys(result.statusCodeStats || {}).every(code => code === '200' || code === '503');
    // Closed-loop phases may be refused with 503 audit.unavailable (back-pressure); anything else is a failure.
    failed ||= phase.mustSucceed ? bad > 0 : (result.errors + result.timeouts > 0 || !refusedOnly);
    rows.push({ title: phase.title, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total, bad, codes: Object.entries(result.statusCodeStats || {}).map(([code, s]) => `${code}: ${s.count}`).join(', ') });
  }

  console.log(`| traffic (${connections} connections, ${duration} s each) | requests/s | p50 ms | p99 ms | requests | errors + non-2xx | status codes |`);
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const r of rows) console.log(`| ${r.title} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.total} | ${r.bad} | ${r.codes} |`);
  console.log(`\naddress GET / trivial throughput ratio: ${(rows[2].rps / rows[0].rps).toFixed(2)}`);
  process.exit(failed ? 1 : 0);
})().catch(error => { console.error(error); process.exit(2); });
