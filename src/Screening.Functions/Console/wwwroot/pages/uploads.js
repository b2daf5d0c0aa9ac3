// Uploads: drop a list file into the list inbox and read its ingest report: counts and delta, or the rejection
// with file, line and field. The file is named after the list (acme-watchlist.csv becomes custom:acme-watchlist).
import { api, encode } from '../api.js';
import { registerCustomers } from '../customers.js';
import { h, problemBox } from '../dom.js';

export const title = 'Uploads';

export async function render(main, context) {
  main.append(h('h2', {}, 'List file'));
  if (context.can('Screening.ListApprover')) listUpload(main);
  else main.append(h('p', { class: 'problem', role: 'alert' }, 'Uploading lists needs the Screening.ListApprover role.'));
  main.append(h('h2', {}, 'Customer file'));
  if (context.can('Screening.Reviewer')) customerUpload(main);
  else main.append(h('p', { class: 'muted' }, 'Registering customers needs the Screening.Reviewer role.'));
}

function customerUpload(main) {
  const input = h('input', { type: 'file', id: 'customer-file', name: 'customers', accept: '.csv' });
  const report = h('div', { id: 'customer-report', 'aria-live': 'polite' });
  input.addEventListener('change', () => { if (input.files[0]) void registerCustomers(input.files[0], report); });
  main.append(
    h('p', {}, 'A CSV file of customers to monitor, one per line, with a header line: id, kind (person, company, vessel or wallet), name, and optionally dateOfBirth and country. Each is screened at once and opens an alert when it matches.'),
    h('div', { class: 'drop' }, h('label', { for: 'customer-file' }, 'Customer file'), input), report);
}

function listUpload(main) {
  const input = h('input', { type: 'file', id: 'upload-file', name: 'file', accept: '.csv,.xml,.zip,.json,.xlsx,.txt' });
  const report = h('div', { id: 'upload-report', 'aria-live': 'polite' });
  const drop = h('div', { class: 'drop', id: 'upload-drop' },
    h('p', {}, 'Drop a list file here, or choose one: '),
    h('label', { for: 'upload-file' }, 'List file'), input);
  drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    if (event.dataTransfer.files[0]) void upload(event.dataTransfer.files[0], report);
  });
  input.addEventListener('change', () => { if (input.files[0]) void upload(input.files[0], report); });
  main.append(
    h('p', {}, 'The file is ingested like an official refresh: a large shrink is held for another list approver, who approves it on the Lists page.'),
    drop, report);
}

async function upload(file, report) {
  report.replaceChildren(h('p', { class: 'muted', role: 'status' }, `Uploading ${file.name}…`));
  const answer = await api(`uploads?name=${encode(file.name)}`, { method: 'POST', raw: await file.arrayBuffer() });
  if (!answer.ok) {
    report.replaceChildren(problemBox(answer.data));
    return;
  }
  const uploadedAt = new Date(answer.data.uploadedAt).getTime();
  report.replaceChildren(h('p', { class: 'muted', role: 'status' }, `${answer.data.fileName} is in the inbox; waiting for its ingest report…`));
  for (let attempt = 0; attempt < 120; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const result = await api(`uploads/${encode(answer.data.fileName)}/report`);
    // A report older than this upload belongs to an earlier file of the same name.
    if (result.ok && new Date(result.data.at).getTime() >= uploadedAt) {
      report.replaceChildren(reportCard(result.data));
      return;
    }
  }
  report.replaceChildren(h('p', { class: 'problem', role: 'alert' }, `No ingest report for ${answer.data.fileName} after two minutes; the inbox may be busy. Look again on the Lists page.`));
}

function reportCard(result) {
  const failed = result.outcome.toLowerCase() === 'failed';
  const error = result.error;
  return h('section', { class: 'card', 'aria-labelledby': 'report-heading' },
    h('h2', { id: 'report-heading' }, `${result.file}: `, h('span', { class: failed ? 'status bad' : 'status good', id: 'report-outcome' }, result.outcome)),
    h('dl', { class: 'pairs' },
      h('dt', {}, 'Source'), h('dd', {}, result.source ?? 'none recognised'),
      h('dt', {}, 'Reported at'), h('dd', {}, result.at),
      result.versionId ? [h('dt', {}, 'Version'), h('dd', {}, h('code', {}, result.versionId))] : null,
      result.counts ? [h('dt', {}, 'Counts'), h('dd', {}, `${result.counts.entities} entities, ${result.counts.names} names, ${result.counts.addresses} addresses`)] : null,
      result.delta ? [h('dt', {}, 'Delta'), h('dd', {}, `+${result.delta.added} added, −${result.delta.removed} removed, ${result.delta.changed} changed`)] : null),
    error
      ? h('div', { class: failed ? 'problem' : 'notice', role: failed ? 'alert' : 'status', id: 'report-error' },
        h('p', {}, error.message),
        h('dl', { class: 'pairs' },
          h('dt', {}, 'File'), h('dd', {}, error.fileName ?? result.file),
          h('dt', {}, 'Line'), h('dd', { id: 'report-line' }, error.line ?? '—'),
          h('dt', {}, 'Field'), h('dd', { id: 'report-field' }, error.field ?? '—')))
      : null);
}
