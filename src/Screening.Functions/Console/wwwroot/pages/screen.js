// Screen: a name in any script, or an address with an optional chain; the result explained for a person.
import { api, encode } from '../api.js';
import { field, h, problemBox, table } from '../dom.js';

export const title = 'Screen';

const fixed = (value, digits = 3) => (typeof value === 'number' ? value.toFixed(digits) : '—');

export async function render(main) {
  const kind = h('select', { id: 'screen-kind' }, h('option', { value: 'name' }, 'Name'), h('option', { value: 'address' }, 'Address'));
  const name = h('input', { id: 'screen-name', name: 'name', maxlength: 300, autocomplete: 'off' });
  const type = h('select', { id: 'screen-type', name: 'type' }, ['', 'individual', 'entity', 'vessel', 'aircraft'].map((value) => h('option', { value }, value || 'any')));
  const dateOfBirth = h('input', { id: 'screen-dob', name: 'dateOfBirth', placeholder: 'YYYY or YYYY-MM-DD', maxlength: 10 });
  const country = h('input', { id: 'screen-country', name: 'country', placeholder: 'ISO code, e.g. KP', maxlength: 2, size: 4 });
  const address = h('input', { id: 'screen-address', name: 'address', maxlength: 200, autocomplete: 'off', class: 'mono' });
  const chain = h('input', { id: 'screen-chain', name: 'chain', placeholder: 'optional, e.g. ETH', maxlength: 20 });
  const nameFields = h('div', { class: 'form-grid' }, field('Name (any script)', name, { class: 'wide' }), field('Type', type), field('Date of birth', dateOfBirth), field('Country', country));
  const addressFields = h('div', { class: 'form-grid', hidden: true }, field('Address', address, { class: 'wide' }), field('Chain', chain));
  const result = h('div', { id: 'screen-result', 'aria-live': 'polite' });
  kind.addEventListener('change', () => {
    nameFields.hidden = kind.value !== 'name';
    addressFields.hidden = kind.value !== 'address';
  });

  const form = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      const body = kind.value === 'name'
        ? Object.fromEntries(Object.entries({ name: name.value, type: type.value, dateOfBirth: dateOfBirth.value, country: country.value.toUpperCase() }).filter(([, value]) => value))
        : Object.fromEntries(Object.entries({ address: address.value.trim(), chain: chain.value.trim() }).filter(([, value]) => value));
      result.replaceChildren(h('p', { class: 'muted' }, 'Screening…'));
      const answer = await api(`screen/${kind.value}`, { method: 'POST', body });
      result.replaceChildren(answer.ok ? explain(answer.data) : problemBox(answer.data));
    },
  }, h('div', { class: 'form-grid' }, field('Screen by', kind)), nameFields, addressFields, h('button', { type: 'submit' }, 'Screen'));
  main.append(form, result);
}

function explain(response) {
  const outcome = h('section', { class: 'card', 'aria-labelledby': 'result-heading' },
    h('h2', { id: 'result-heading' }, 'Result: ', h('span', { class: response.result === 'clear' ? 'status good' : 'status bad', id: 'result-value' }, response.result)),
    h('dl', { class: 'pairs' },
      h('dt', {}, 'Request id'), h('dd', {}, h('code', { id: 'request-id' }, response.requestId), ' ', h('a', { href: `#/audit/${encode(response.requestId)}` }, 'audit record')),
      h('dt', {}, 'Screened at'), h('dd', {}, response.screenedAt),
      h('dt', {}, 'Lists'), h('dd', {}, response.lists.map((list) => `${list.source} @ ${list.version}`).join(', ') || 'none'),
      response.thresholds ? [h('dt', {}, 'Thresholds'), h('dd', {}, `match ≥ ${response.thresholds.match}, review ≥ ${response.thresholds.review}`)] : null,
      response.address ? [h('dt', {}, 'Address'), h('dd', {}, `${response.address.displayForm} (${response.address.family}, ${response.address.kind}; chains ${response.address.chains.join(', ')})`)] : null));
  if (response.matches.length === 0) outcome.append(h('p', {}, 'No listed entity matched.'));
  return h('div', {}, outcome, response.matches.map(matchCard));
}

function matchCard(match, index) {
  const explanation = match.explanation ?? {};
  const record = h('pre', { class: 'mono', tabindex: 0 });
  const details = h('details', {
    ontoggle: async () => {
      if (!details.open || record.textContent) return;
      const answer = await api(`entities/${encode(match.entityId)}`);
      record.textContent = JSON.stringify(answer.data, null, 2);
    },
  }, h('summary', {}, `Entity record ${match.entityId}`), record);
  return h('section', { class: 'card match', 'aria-labelledby': `match-${index}` },
    h('h3', { id: `match-${index}` }, `${match.name} — ${match.source}, score ${fixed(match.score)}`),
    h('dl', { class: 'pairs' },
      h('dt', {}, 'Entity'), h('dd', {}, h('code', {}, match.entityId), ` (${match.type}; programs ${match.programs.join(', ') || 'none'})`),
      h('dt', {}, 'Matched on'), h('dd', {}, `${match.matchedOn}: ${match.matchedValue}${explanation.isAlias ? ' (alias)' : ''}`),
      explanation.strength ? [h('dt', {}, 'Strength'), h('dd', {}, explanation.strength)] : null),
    explanation.alignment
      ? table('Token alignment: each word of the query against the listed name', ['Query token', 'Listed token', 'Similarity', 'Weight', 'How they match'],
        explanation.alignment.map((pair) => [pair.query ?? '—', pair.listed ?? '—', fixed(pair.similarity), fixed(pair.weight, 2), (pair.kind ?? '').replace(/_/g, ' ')]), { class: 'alignment' })
      : null,
    h('h4', {}, 'Adjustments'),
    explanation.adjustments?.length
      ? h('ul', {}, explanation.adjustments.map((adjustment) => h('li', {}, `${adjustment.reason}: ${adjustment.delta >= 0 ? '+' : ''}${fixed(adjustment.delta)}`)))
      : h('p', { class: 'muted' }, 'None: the score is the name score.'),
    h('p', {}, `Name score ${fixed(explanation.nameScore)} → final score ${fixed(explanation.finalScore ?? match.score)}`),
    details);
}
