// Lists: every source's active version and last refresh; held versions to approve; history, rollback and charts.
import { api, encode } from '../api.js';
import { barChart } from '../chart.js';
import { age, h, problemBox, reasonForm, table, when } from '../dom.js';

export const title = 'Lists';

const outcomeClass = (outcome) => (outcome === 'failed' ? 'status bad' : outcome === 'held' ? 'status bad' : 'status good');

export async function render(main, context) {
  const answer = await api('lists');
  if (!answer.ok) {
    main.append(problemBox(answer.data));
    return;
  }
  const lists = answer.data.lists;
  main.append(table('Every configured or stored source', ['Source', 'Active version', 'Entities', 'Age', 'Last refresh', 'Held'],
    lists.map((list) => [
      h('a', { href: `#/lists/${encode(list.source)}` }, list.source),
      list.active ? h('code', {}, list.active.version) : h('span', { class: 'status bad' }, 'none'),
      list.active ? list.active.counts.entities.toLocaleString('en') : '—',
      list.active ? age(list.active.publishedAt ?? list.active.loadedAt) : '—',
      list.lastRefresh
        ? h('span', {}, h('span', { class: outcomeClass(list.lastRefresh.outcome) }, list.lastRefresh.outcome), ` ${when(list.lastRefresh.attemptedAt)} (${list.lastRefresh.trigger}${list.lastRefresh.requestedBy ? ` by ${list.lastRefresh.requestedBy}` : ''})`,
          list.lastRefresh.reason ? h('div', {}, `Reason: ${list.lastRefresh.reason}`) : null,
          list.lastRefresh.detail ? h('div', { class: 'muted' }, list.lastRefresh.detail) : null)
        : '—',
      String(list.held.length),
    ]), { id: 'lists-table' }));

  const held = lists.flatMap((list) => list.held.map((version) => ({ list, version })));
  main.append(h('h2', {}, 'Held for approval'));
  if (held.length === 0) main.append(h('p', { class: 'muted' }, 'No version is held.'));
  for (const { list, version } of held) main.append(heldCard(list, version, context));

  const selected = context.parameters[0] ?? lists.find((list) => list.active)?.source;
  if (selected) main.append(await history(selected, context));
}

function delta(held, active, key) {
  if (!active) return held.counts[key].toLocaleString('en');
  const change = held.counts[key] - active.counts[key];
  return `${held.counts[key].toLocaleString('en')} (${change >= 0 ? '+' : ''}${change.toLocaleString('en')} against active)`;
}

function heldCard(list, version, context) {
  const card = h('section', { class: 'card', 'aria-labelledby': `held-${version.version}` },
    h('h3', { id: `held-${version.version}` }, `${list.source}: version `, h('code', {}, version.version)),
    h('dl', { class: 'pairs' },
      h('dt', {}, 'Loaded'), h('dd', {}, when(version.loadedAt)),
      h('dt', {}, 'Entities'), h('dd', {}, delta(version, list.active, 'entities')),
      h('dt', {}, 'Names'), h('dd', {}, delta(version, list.active, 'names')),
      h('dt', {}, 'Addresses'), h('dd', {}, delta(version, list.active, 'addresses')),
      h('dt', {}, 'Active now'), h('dd', {}, list.active ? h('code', {}, list.active.version) : 'none')));
  if (list.lastRefresh?.version === version.version && list.lastRefresh.detail) card.append(h('p', { class: 'notice' }, list.lastRefresh.detail));
  card.append(deltaDetails(list.source, version.version), activationForm(list.source, version.version, 'Approve', context));
  return card;
}

/** The entities and addresses approval would add, remove and change, loaded when opened (computed from both versions). */
function deltaDetails(source, versionId) {
  const body = h('div', { 'aria-live': 'polite' });
  const details = h('details', {
    class: 'delta',
    ontoggle: async () => {
      if (!details.open || body.childElementCount) return;
      body.append(h('p', { class: 'muted' }, 'Comparing with the active version…'));
      const answer = await api(`lists/${encode(source)}/versions/${encode(versionId)}/delta`);
      if (!answer.ok) {
        body.replaceChildren(problemBox(answer.data));
        return;
      }
      const delta = answer.data;
      // Long lists scroll inside a focusable region, so the keyboard reaches them and the page stays short.
      const scroll = (node, label) => { node.classList.add('scroll'); node.tabIndex = 0; node.setAttribute('role', 'region'); node.setAttribute('aria-label', label); return node; };
      const entities = (caption, items, total) => (total === 0 ? null
        : scroll(table(`${caption}: ${total.toLocaleString('en')}${items.length < total ? ` (first ${items.length} shown)` : ''}`, ['Entity', 'Name'], items.map((item) => [h('code', {}, item.id), item.name ?? '—'])), caption));
      const addresses = (caption, items, total) => (total === 0 ? null
        : scroll(table(`${caption}: ${total.toLocaleString('en')}${items.length < total ? ` (first ${items.length} shown)` : ''}`, ['Address', 'Asset', 'Entity'], items.map((item) => [h('code', {}, item.address), item.asset, item.entityId])), caption));
      const totals = delta.totals;
      body.replaceChildren(
        h('p', { class: 'delta-totals' }, `Against ${delta.againstVersionId ?? 'no active version'}: ${totals.added} added, ${totals.removed} removed, ${totals.changed} changed; ${totals.addressesAdded} addresses added, ${totals.addressesRemoved} removed.`),
        entities('Added', delta.added, totals.added), entities('Removed', delta.removed, totals.removed), entities('Changed', delta.changed, totals.changed),
        addresses('Addresses added', delta.addressesAdded, totals.addressesAdded), addresses('Addresses removed', delta.addressesRemoved, totals.addressesRemoved));
    },
  }, h('summary', {}, 'Entities and addresses added, removed and changed'), body);
  return details;
}

const pastTense = { Approve: 'Approved', 'Roll back': 'Rolled back' };

/** Approve (a held version) or roll back (to a superseded one): a reason is required and recorded with the person. */
function activationForm(source, versionId, verb, context) {
  if (!context.can('Screening.ListApprover')) return h('p', { class: 'muted' }, `${verb} needs the Screening.ListApprover role.`);
  const id = `reason-${verb}-${versionId}`.toLowerCase();
  const [form, outcome] = reasonForm({
    id,
    label: `Reason to ${verb.toLowerCase()}`,
    submit: `${verb} ${versionId}`,
    send: (reason) => api(`lists/${encode(source)}/versions/${encode(versionId)}/activate`, { method: 'POST', body: { reason } }),
    describe: (data) => `${pastTense[verb] ?? verb}: ${source} now serves ${data.version ?? versionId}.`,
    after: () => setTimeout(() => window.dispatchEvent(new HashChangeEvent('hashchange')), 1500),
  });
  return h('div', {}, form, outcome);
}

async function history(source, context) {
  const section = h('section', { 'aria-labelledby': 'history-heading' }, h('h2', { id: 'history-heading' }, `Version history: ${source}`));
  const answer = await api(`lists/${encode(source)}/versions`);
  if (!answer.ok) {
    section.append(problemBox(answer.data));
    return section;
  }
  const versions = answer.data.versions;
  section.append(table(null, ['Version', 'Status', 'Loaded', 'Activated', 'Entities', 'Note', 'Action'],
    versions.map((version) => [
      h('code', {}, version.version),
      h('span', { class: version.status === 'failed' ? 'status bad' : 'status' }, version.status),
      when(version.loadedAt),
      when(version.activatedAt),
      version.counts.entities.toLocaleString('en'),
      version.rolledBackAt ? `Rolled back from ${when(version.rolledBackAt)}: ${version.rolledBackReason ?? ''}` : (version.error ?? version.notActivatableReason ?? ''),
      version.canActivate && version.status === 'superseded' ? activationForm(source, version.version, 'Roll back', context) : '',
    ]), { id: 'history-table' }));

  const stored = versions.filter((version) => version.status !== 'failed' && version.status !== 'writing').slice().reverse();
  // Version ids start with the loading time, yyyyMMddTHHmmss: label the bars with month, day and time.
  const label = (version) => `${version.version.slice(4, 6)}-${version.version.slice(6, 8)} ${version.version.slice(9, 11)}:${version.version.slice(11, 13)}:${version.version.slice(13, 15)}`;
  section.append(h('div', { class: 'columns' },
    h('figure', { class: 'chart-wrap' }, barChart(`Entities per version of ${source}`, stored.map((version) => ({ label: label(version), value: version.counts.entities }))),
      h('figcaption', {}, 'Entities per version, oldest first (month-day and time of loading, UTC).')),
    h('figure', { class: 'chart-wrap', id: `additions-${source}` }, barChart(`Entities added per update of ${source}`, stored.filter((version) => version.delta).map((version) => ({ label: label(version), value: version.delta.added }))),
      h('figcaption', {}, 'Entities each update added against the version served before it (its delta at activation; versions never activated, or activated before deltas were kept, have no bar).'))));
  return section;
}
