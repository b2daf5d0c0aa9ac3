// Audit: what was screened under a request id, by whom, against which list versions; or a subject's screenings and
// decisions (registration, alerts raised at registration or by a re-screen, each decision with who, when and why).
// Both exported as CSV: a request's from what the page shows, a subject's as the API writes it.
import { api, apiText, encode } from '../api.js';
import { download, toCsv } from '../csv.js';
import { field, h, problemBox, table, when } from '../dom.js';

export const title = 'Audit';

const columns = ['requestId', 'itemIndex', 'screenedAt', 'caller', 'kind', 'input', 'normalizedInput', 'result', 'listVersions', 'engineVersion', 'topMatches'];

const eventNames = {
  registered: 'Registered',
  screened: 'Screened',
  deregistered: 'Deregistered',
  alert_raised: 'Alert raised',
  alert_decision: 'Decision',
  alert_changed_by_monitoring: 'Changed by monitoring',
};

export async function render(main, context) {
  const [first, second] = context.parameters;
  const bySubject = first === 'subject';
  main.append(
    h('section', { 'aria-labelledby': 'audit-request-heading' }, h('h2', { id: 'audit-request-heading' }, 'By request id'), requestLookup(bySubject ? '' : first ?? '')),
    h('section', { 'aria-labelledby': 'audit-subject-heading' }, h('h2', { id: 'audit-subject-heading' }, 'By subject'), subjectLookup(bySubject ? second ?? '' : '')));
  const pending = main.querySelectorAll('form[data-initial]');
  await Promise.all([...pending].map((form) => form.lookUp()));
}

function requestLookup(initial) {
  const requestId = h('input', { id: 'audit-request-id', name: 'requestId', required: true, maxlength: 128, class: 'mono', size: 40, value: initial });
  const result = h('div', { id: 'audit-result', 'aria-live': 'polite' });
  const form = h('form', {
    class: 'form-grid',
    'data-initial': initial ? 'true' : null,
    onsubmit: async (event) => {
      event.preventDefault();
      history.replaceState(null, '', `#/audit/${encode(requestId.value.trim())}`);
      await lookUpRequest(requestId.value.trim(), result);
    },
  }, field('Request id', requestId), h('div', {}, h('button', { type: 'submit' }, 'Look up')));
  form.lookUp = () => lookUpRequest(requestId.value.trim(), result);
  return h('div', {}, form, result);
}

async function lookUpRequest(requestId, result) {
  const answer = await api(`screenings/${encode(requestId)}`);
  if (!answer.ok) {
    result.replaceChildren(problemBox(answer.data));
    return;
  }
  const rows = answer.data.records.map((record) => ({
    ...record,
    topMatches: (record.topMatches ?? []).map((match) => `${match.entityId} ${match.name} ${match.score}`).join('; '),
  }));
  result.replaceChildren(
    h('p', {}, `${rows.length} screening${rows.length === 1 ? '' : 's'} under `, h('code', {}, requestId), '. ',
      h('button', { type: 'button', class: 'secondary', onclick: () => download(`screenings-${requestId}.csv`, toCsv(columns, rows)) }, 'Export CSV')),
    table(null, ['#', 'Screened at', 'Caller', 'Kind', 'Input', 'Result', 'List versions', 'Top matches'],
      rows.map((row) => [String(row.itemIndex), row.screenedAt, row.caller ?? '—', row.kind, row.input, row.result, row.listVersions, row.topMatches || 'none']), { id: 'audit-table' }));
}

function subjectLookup(initial) {
  const subjectId = h('input', { id: 'audit-subject-id', name: 'subjectId', required: true, maxlength: 128, class: 'mono', size: 40, value: initial });
  const result = h('div', { id: 'subject-audit-result', 'aria-live': 'polite' });
  const form = h('form', {
    class: 'form-grid',
    'data-initial': initial ? 'true' : null,
    onsubmit: async (event) => {
      event.preventDefault();
      history.replaceState(null, '', `#/audit/subject/${encode(subjectId.value.trim())}`);
      await lookUpSubject(subjectId.value.trim(), result);
    },
  }, field('Subject id', subjectId), h('div', {}, h('button', { type: 'submit' }, 'Look up subject')));
  form.lookUp = () => lookUpSubject(subjectId.value.trim(), result);
  return h('div', {}, form, result);
}

async function lookUpSubject(subjectId, result) {
  const path = `subjects/${encode(subjectId)}/audit`;
  const answer = await api(path);
  if (!answer.ok) {
    result.replaceChildren(problemBox(answer.data));
    return;
  }
  const { subject, events } = answer.data;
  const exportCsv = async () => {
    const csv = await apiText(`${path}?format=csv`, 'text/csv');
    if (csv.ok) download(`subject-${subjectId}-audit.csv`, csv.text);
    else result.append(problemBox(csv.data));
  };
  result.replaceChildren(
    h('dl', { class: 'pairs', id: 'subject-audit-summary' },
      h('dt', {}, 'Subject'), h('dd', {}, `${subject.name ?? subject.wallets.map((w) => w.address).join(', ')} (${subject.kind}, ${subject.status})`),
      h('dt', {}, 'Registered'), h('dd', {}, when(subject.registeredAt)),
      h('dt', {}, 'Last screened'), h('dd', {}, subject.screenedAt ? `${when(subject.screenedAt)} against ${subject.screenedAgainst}` : 'never')),
    h('p', {}, `${events.length} event${events.length === 1 ? '' : 's'} for `, h('code', {}, subject.id), '. ',
      h('button', { type: 'button', class: 'secondary', onclick: exportCsv }, 'Export subject audit (CSV)')),
    table(null, ['When', 'Event', 'Who', 'Alert', 'Listed entity', 'List version', 'Status', 'Score', 'Reason'],
      events.map((event) => [when(event.at), eventNames[event.event] ?? event.event, event.by ?? '—',
        event.alertId ? h('a', { href: `#/alerts/${encode(event.alertId)}` }, event.alertId) : '—',
        event.entityId ? `${event.entityName ?? ''} (${event.entityId})` : '—',
        event.source ? `${event.source} @ ${event.listVersion}` : event.listVersion ?? '—',
        event.status ? event.status.replace(/_/g, ' ') : '—',
        event.score === undefined ? '—' : event.score.toFixed(3), event.reason ?? '']), { id: 'subject-audit-table' }));
}
