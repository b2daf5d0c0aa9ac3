// A customer file: CSV rows of subjects to monitor, registered in one batch (at most 1,000 per file).
import { api } from './api.js';
import { h, problemBox, table } from './dom.js';

export const maxRows = 1000;
const columns = ['id', 'kind', 'name', 'dateOfBirth', 'country'];

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Returns rows with their 1-based line. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let value = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') { value += '"'; index += 1; } else if (character === '"') quoted = false;
      else { if (character === '\n') line += 1; value += character; }
    } else if (character === '"') quoted = true;
    else if (character === ',') { row.push(value); value = ''; }
    else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      row.push(value);
      if (row.some((cell) => cell.trim() !== '')) rows.push({ line: rowLine, cells: row });
      row = [];
      value = '';
      line += 1;
      rowLine = line;
    } else value += character;
  }
  row.push(value);
  if (row.some((cell) => cell.trim() !== '')) rows.push({ line: rowLine, cells: row });
  return rows;
}

/** Registers the file's subjects and shows each row's outcome, or its problem with the line and field. */
export async function registerCustomers(file, report) {
  const rows = parseCsv(await file.text());
  const header = rows.shift()?.cells.map((cell) => cell.trim()) ?? [];
  const missing = ['id', 'kind'].filter((column) => !header.includes(column));
  if (missing.length || rows.length === 0 || rows.length > maxRows) {
    report.replaceChildren(h('p', { class: 'problem', role: 'alert' },
      `${file.name}: ${missing.length ? `line 1 lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : `holds ${rows.length} rows; give 1 to ${maxRows}`}. Columns: ${columns.join(', ')}.`));
    return;
  }
  const subjects = rows.map(({ cells }) => Object.fromEntries(header.map((column, index) => [column, cells[index]?.trim() ?? '']).filter(([column, value]) => columns.includes(column) && value !== '')));
  report.replaceChildren(h('p', { class: 'muted', role: 'status' }, `Registering ${subjects.length} subjects from ${file.name}…`));
  const answer = await api('subjects/batch', { method: 'POST', body: { subjects } });
  if (!answer.ok) {
    report.replaceChildren(problemBox(answer.data));
    return;
  }
  const results = answer.data.results;
  const failed = results.filter((result) => result.problem).length;
  report.replaceChildren(h('section', { class: 'card', 'aria-labelledby': 'customers-heading' },
    h('h2', { id: 'customers-heading' }, `${file.name}: `, h('span', { class: failed ? 'status bad' : 'status good', id: 'customers-outcome' }, `${results.length - failed} registered, ${failed} rejected`)),
    table(null, ['Line', 'Subject', 'Outcome', 'Alerts opened', 'Problem'], results.map((result, index) => [
      String(rows[index].line), result.id, result.outcome ?? 'rejected', (result.alertsOpened ?? []).join(', ') || '—',
      result.problem ? Object.entries(result.problem.errors ?? {}).map(([field, messages]) => `${field}: ${messages.join('; ')}`).join(' · ') || result.problem.detail : '',
    ]), { id: 'customers-table' })));
}
