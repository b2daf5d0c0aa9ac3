// Small DOM helpers: every text goes in as a text node, never as HTML, so list data cannot inject markup.

/** Builds an element: h('td', { class: 'x' }, 'text', child). Attributes starting with "on" become listeners. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A table with a header row; rows are arrays of cells (strings or nodes). */
export function table(caption, headers, rows, attributes = {}) {
  return h('div', { class: 'table-wrap' },
    h('table', attributes,
      caption ? h('caption', { class: 'muted' }, caption) : null,
      h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
      h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell)))))));
}

/** An RFC 7807 problem as a person reads it: what went wrong, the field errors, and the request id to quote. */
export function problemBox(problem) {
  const errors = Object.entries(problem?.errors ?? {}).map(([field, messages]) => h('li', {}, `${field}: ${messages.join('; ')}`));
  return h('div', { class: 'problem', role: 'alert' },
    h('strong', {}, problem?.title ?? 'Error'), ' ', problem?.detail ?? '',
    errors.length ? h('ul', {}, errors) : null,
    problem?.requestId ? h('div', { class: 'muted' }, 'Request id: ', h('code', {}, problem.requestId)) : null);
}

export function when(value) {
  return value ? new Date(value).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '—';
}

/** Age as a person says it: "3 h", "2 d". */
export function age(value, now = Date.now()) {
  if (!value) return '—';
  const minutes = Math.max(0, Math.round((now - new Date(value).getTime()) / 60000));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} d`;
}

export function field(label, control, attributes = {}) {
  return h('div', attributes, h('label', { for: control.id }, label), control);
}

/**
 * A form that sends an action together with the reason a person gives for it (approve, roll back, re-screen): the
 * reason is required and recorded with the person; the outcome (what happened and the request id, or the problem) is
 * announced below the form. Returns [form, outcome].
 */
export function reasonForm({ id, label, submit, intro, send, describe, after }) {
  const reason = h('input', { id, name: 'reason', required: true, maxlength: 500, size: 50 });
  const outcome = h('div', { 'aria-live': 'polite' });
  const form = h('form', {
    class: 'form-grid',
    onsubmit: async (event) => {
      event.preventDefault();
      const button = form.querySelector('button');
      button.disabled = true;
      const answer = await send(reason.value);
      button.disabled = false;
      outcome.replaceChildren(answer.ok
        ? h('p', { class: 'notice', role: 'status' }, describe(answer.data), ' Request id ', h('code', {}, answer.requestId ?? ''))
        : problemBox(answer.data));
      if (answer.ok && after) await after(answer);
    },
  },
  intro ? h('p', { class: 'wide muted' }, intro) : null,
  field(label, reason, { class: 'wide' }),
  h('div', {}, h('button', { type: 'submit' }, submit)));
  return [form, outcome];
}
