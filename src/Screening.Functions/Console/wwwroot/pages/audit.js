// Audit: what was screened under a request id, by whom, against which list versions; exported as CSV.
import { api, encode } from '../api.js';
import { download, toCsv } from '../csv.js';
import { field, h, problemBox, table } from '../dom.js';

export const title = 'Audit';

const columns = ['requestId', 'itemIndex', 'screenedAt', 'caller', 'kind', 'input', 'normalizedInput', 'result', 'listVersions', 'engineVersion', 'topMatches'];

export async function render(main, context) {
  const requestId = h('input', { id: 'audit-request-id', name: 'requestId', required: true, maxlength: 128, class: 'mono', size: 40, value: context.parameters[0] ?? '' });
  const result = h('div', { id: 'audit-result', 'aria-live': 'polite' });
  const form = h('form', {
    class: 'form-grid',
    onsubmit: async (event) => {
      event.preventDefault();
      history.replaceState(null, '', `#/audit/${encode(requestId.value.trim())}`);
      await lookUp(requestId.value.trim(), result);
    },
  }, field('Request id', requestId), h('div', {}, h('button', { type: 'submit' }, 'Look up')));
  main.append(form, result);
  if (requestId.value) await lookUp(requestId.value, result);
}

async function lookUp(requestId, result) {
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
