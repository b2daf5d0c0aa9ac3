// Load test of a running Screening app (see run-load.sh): a trivial endpoint, address screening by GET,
// then mixed address/name/batch traffic. Bounded in time, loopback only. Exits non-zero on any error or non-2xx.
'use strict';
const autocannon = require('autocannon');

const base = process.argv[2] || 'http://127.0.0.1:7080';
const duration = Number(process.argv[3] || 15);
const connections = Number(process.argv[4] || 16);
// The sustained phase runs open-loop at this rate: what a deployment must absorb without refusing (503) a single call.
const sustainedRate = Number(process.argv[5] || 1000);
// Open-loop rate of the CPU-accounting phases: low enough that Azurite stores every audit record on these two cores.
const accountingRate = Number(process.argv[6] || 2000);
const json = { 'content-type': 'application/json' };

// CPU time (ms) a process has used so far, from /proc (run-load.sh passes the pids and the clock tick rate).
const clockTicks = Number(process.env.CLK_TCK || 100);
function cpuMs(pid) {
  if (!pid) return NaN;
  const stat = require('fs').readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 1000 / clockTicks; // utime + stime (fields 14 and 15 of stat)
}

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
  // The same rate for the trivial endpoint and the address GET: CPU per request of each, without saturation effects.
  phases.splice(2, 0,
    { ...phases[0], title: `trivial at ${accountingRate} requests/s`, overallRate: accountingRate, mustSucceed: true },
    { ...phases[2], title: `address GET at ${accountingRate} requests/s`, overallRate: accountingRate, mustSucceed: true });
  // LOAD_PHASES=prefix,prefix runs only the phases whose titles start so (for profiling one kind of traffic).
  const only = process.env.LOAD_PHASES;
  if (only) {
    const keep = phases.filter(p => only.split(',').some(prefix => p.title.startsWith(prefix)));
    phases.splice(0, phases.length, ...keep);
  }
  for (const phase of phases) {
    const hostBefore = cpuMs(process.env.LOCALHOST_PID), storageBefore = cpuMs(process.env.AZURITE_PID);
    const result = await autocannon({ url: base, connections, duration, requests: phase.requests, overallRate: phase.overallRate });
    // Let the audit writer drain what this phase queued, so its storage work is charged to this phase.
    await new Promise(resolve => setTimeout(resolve, 3000));
    const hostCpu = cpuMs(process.env.LOCALHOST_PID) - hostBefore, storageCpu = cpuMs(process.env.AZURITE_PID) - storageBefore;
    const bad = result.errors + result.timeouts + result.non2xx;
    const refusedOnly = Object.keys(result.statusCodeStats || {}).every(code => code === '200' || code === '503');
    // Closed-loop phases may be refused with 503 audit.unavailable (back-pressure); anything else is a failure.
    failed ||= phase.mustSucceed ? bad > 0 : (result.errors + result.timeouts > 0 || !refusedOnly);
    rows.push({ title: phase.title, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total, bad, codes: Object.entries(result.statusCodeStats || {}).map(([code, s]) => `${code}: ${s.count}`).join(', '), hostUs: hostCpu * 1000 / result.requests.total, storageUs: storageCpu * 1000 / result.requests.total });
  }

  console.log(`| traffic (${connections} connections, ${duration} s each) | requests/s | p50 ms | p99 ms | requests | errors + non-2xx | status codes | LocalHost CPU µs/request | Azurite CPU µs/request |`);
  console.log('|---|---:|---:|---:|---:|---:|---|---:|---:|');
  for (const r of rows) console.log(`| ${r.title} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.total} | ${r.bad} | ${r.codes} | ${r.hostUs.toFixed(0)} | ${r.storageUs.toFixed(0)} |`);
  const row = prefix => rows.find(r => r.title.startsWith(prefix));
  const trivial = row('trivial: '), address = row('GET /api'), trivialPaced = row('trivial at'), addressPaced = row('address GET at');
  if (!trivial || !address || !trivialPaced || !addressPaced) process.exit(failed ? 1 : 0);
  console.log(`\naddress GET / trivial, closed-loop throughput (200 and 503 alike): ${(address.rps / trivial.rps).toFixed(2)}`);
  console.log(`address GET / trivial, LocalHost CPU per request at ${accountingRate}/s (throughput ratio where storage is not on the same cores): ${(trivialPaced.hostUs / addressPaced.hostUs).toFixed(2)}`);
  process.exit(failed ? 1 : 0);
})().catch(error => { console.error(error); process.exit(2); });
