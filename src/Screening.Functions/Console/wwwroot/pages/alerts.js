// Alerts: the queue filtered by status, source and age; one alert's subject and listed entity side by side;
// a decision with its reason, for one alert or for every selected one.
import { api, encode } from '../api.js';
import { entityFacts, explanationView, subjectFacts } from '../alertView.js';
import { age, field, h, problemBox, table, when } from '../dom.js';

export const title = 'Alerts';

const statuses = ['open', 'true_match', 'false_positive', 'escalated', 'entity_delisted'];
const dispositions = [['false_positive', 'False positive'], ['true_match', 'True match'], ['escalated', 'Escalate']];
const ages = [['', 'any age'], ['1', 'last 24 hours'], ['7', 'last 7 days'], ['30', 'last 30 days']];

export async function render(main, context) {
  if (context.parameters[0]) {
    await detail(main, context.parameters[0]);
    return;
  }
  const query = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const status = h('select', { id: 'alert-status' }, h('option', { value: '' }, 'any'), statuses.map((value) => h('option', { value, selected: value === (query.get('status') ?? 'open') }, value.replace(/_/g, ' '))));
  const source = h('input', { id: 'alert-source', value: query.get('source') ?? '', placeholder: 'e.g. ofac-sdn', maxlength: 200 });
  const since = h('select', { id: 'alert-age' }, ages.map(([value, label]) => h('option', { value, selected: value === (query.get('days') ?? '') }, label)));
  const queue = h('div', { id: 'alert-queue', 'aria-live': 'polite' });
  const filter = h('form', {
    class: 'form-grid',
    onsubmit: (event) => {
      event.preventDefault();
      void load(queue, { status: status.value, source: source.value.trim(), days: since.value });
    },
  }, field('Status', status), field('Source', source), field('Raised', since), h('div', {}, h('button', { type: 'submit' }, 'Filter')));
  main.append(filter, queue);
  await load(queue, { status: status.value, source: source.value.trim(), days: since.value });
}

async function load(queue, { status, source, days }) {
  const parameters = new URLSearchParams({ limit: '100' });
  if (status) parameters.set('status', status);
  if (source) parameters.set('source', source);
  if (days) parameters.set('since', new Date(Date.now() - Number(days) * 86400000).toISOString());
  const answer = await api(`alerts?${parameters}`);
  if (!answer.ok) {
    queue.replaceChildren(problemBox(answer.data));
    return;
  }
  const alerts = answer.data.alerts;
  const boxes = alerts.map((alert) => h('input', { type: 'checkbox', value: alert.id, id: `pick-${alert.id}`, 'aria-label': `Select alert ${alert.id}` }));
  queue.replaceChildren(
    h('p', {}, `${alerts.length} alert${alerts.length === 1 ? '' : 's'}${answer.data.next ? ' (more on the next page)' : ''}.`),
    table(null, ['Select', 'Alert', 'Status', 'Subject', 'Listed entity', 'Source', 'Score', 'Age'],
      alerts.map((alert, index) => [boxes[index], h('a', { href: `#/alerts/${encode(alert.id)}` }, alert.id), alert.status.replace(/_/g, ' '), alert.subjectId,
        `${alert.entityName} (${alert.entityId})`, alert.source, alert.score.toFixed(3), age(alert.raisedAt)]), { id: 'alerts-table' }),
    alerts.length ? decisionForm('Decide the selected alerts', () => boxes.filter((box) => box.checked).map((box) => box.value), () => load(queue, { status, source, days })) : '');
}

/** One form for one alert or several: each selected alert gets the same disposition and reason, each answered on its own. */
function decisionForm(legend, selected, done) {
  const suffix = Math.random().toString(36).slice(2, 8);
  const disposition = h('select', { id: `disposition-${suffix}`, required: true }, dispositions.map(([value, label]) => h('option', { value }, label)));
  const reason = h('input', { id: `decision-reason-${suffix}`, required: true, maxlength: 1000, size: 50 });
  const outcome = h('div', { 'aria-live': 'polite' });
  const form = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      const ids = selected();
      if (ids.length === 0) {
        outcome.replaceChildren(h('p', { class: 'problem', role: 'alert' }, 'Select at least one alert.'));
        return;
      }
      const answers = await Promise.all(ids.map((id) => api(`alerts/${encode(id)}/decision`, { method: 'POST', body: { disposition: disposition.value, reason: reason.value } }).then((answer) => ({ id, answer }))));
      const failed = answers.filter(({ answer }) => !answer.ok);
      outcome.replaceChildren(h('p', { class: 'notice', role: 'status' }, `Decided ${answers.length - failed.length} of ${answers.length}.`), failed.map(({ answer }) => problemBox(answer.data)));
      if (failed.length === 0) setTimeout(done, 1200);
    },
  }, h('fieldset', {}, h('legend', {}, legend), h('div', { class: 'form-grid' }, field('Decision', disposition), field('Reason', reason, { class: 'wide' }), h('div', {}, h('button', { type: 'submit' }, 'Record decision')))));
  return h('div', {}, form, outcome);
}

async function detail(main, alertId) {
  const answer = await api(`alerts/${encode(alertId)}`);
  main.append(h('p', {}, h('a', { href: '#/alerts' }, '← Back to the queue')));
  if (!answer.ok) {
    main.append(problemBox(answer.data));
    return;
  }
  const alert = answer.data;
  main.append(
    h('p', {}, h('strong', {}, `Alert ${alert.id}`), ` — ${alert.status.replace(/_/g, ' ')}, score ${alert.score.toFixed(3)}, ${alert.source} @ ${alert.listVersion}, raised ${when(alert.raisedAt)}`),
    alert.reraisedBecause ? h('p', { class: 'notice' }, `Raised again: ${alert.reraisedBecause}`) : '',
    h('div', { class: 'columns' },
      h('section', { class: 'card', 'aria-labelledby': 'subject-heading' }, h('h2', { id: 'subject-heading' }, `Subject: ${alert.subjectValue}`), subjectFacts(alert.subject)),
      h('section', { class: 'card', 'aria-labelledby': 'entity-heading' }, h('h2', { id: 'entity-heading' }, `Listed: ${alert.listedValue}`), entityFacts(alert.entity))),
    h('h2', {}, 'Explanation'), explanationView(alert.explanation),
    h('h2', {}, 'History'),
    table(null, ['When', 'What', 'Who', 'Reason'], (alert.history ?? []).map((event) => [when(event.at), event.status ?? event.kind ?? '', event.by ?? '—', event.reason ?? ''])),
    decisionForm('Decide this alert', () => [alert.id], () => { location.hash = '#/alerts'; }));
}
