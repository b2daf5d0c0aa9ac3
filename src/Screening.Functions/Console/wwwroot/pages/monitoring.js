// Monitoring: the current re-screen of every registered subject (lists, reason, partitions done, subjects screened),
// followed while it runs; admins start a full re-screen against the lists served now, with a reason.
import { api } from '../api.js';
import { h, problemBox, reasonForm, when } from '../dom.js';

export const title = 'Monitoring';

/** How often a running re-screen's progress is read again (partitions finish within seconds of each other). */
const pollMilliseconds = 2000;

export async function render(main, context) {
  const progress = h('section', { id: 'rescreen-progress', 'aria-labelledby': 'rescreen-heading', 'aria-live': 'polite' });
  main.append(h('h2', { id: 'rescreen-heading' }, 'Current re-screen'), progress, startSection(context, progress));
  await follow(progress);
}

/** Shows the current re-screen and reads it again until every partition is done or the page is left. */
async function follow(progress) {
  const generation = (Number(progress.dataset.generation ?? 0) + 1).toString();
  progress.dataset.generation = generation;
  const done = await show(progress);
  if (!done) {
    setTimeout(() => {
      // A newer request (a re-screen just started) or another page took over: this loop stops.
      if (progress.isConnected && progress.dataset.generation === generation) void follow(progress);
    }, pollMilliseconds);
  }
}

async function show(progress) {
  const answer = await api('monitoring/rescreen');
  if (answer.status === 404) {
    progress.replaceChildren(h('p', { class: 'muted' }, 'No re-screen has been planned yet: lists have not been served since monitoring started.'));
    return true;
  }
  if (!answer.ok) {
    progress.replaceChildren(problemBox(answer.data));
    // A storage blip (5xx) passes: keep following; a refusal (401, 403) will not change by asking again.
    return answer.status < 500;
  }
  const rescreen = answer.data;
  const finished = rescreen.enqueued && rescreen.partitionsDone >= rescreen.partitions;
  const state = finished ? 'Finished' : rescreen.enqueued ? 'Running' : 'Being queued';
  progress.replaceChildren(
    h('dl', { class: 'pairs', id: 'rescreen-details' },
      h('dt', {}, 'State'), h('dd', {}, h('span', { class: finished ? 'status good' : 'status', id: 'rescreen-state' }, state)),
      h('dt', {}, 'Plan'), h('dd', {}, h('code', {}, rescreen.plan)),
      h('dt', {}, 'Planned at'), h('dd', {}, when(rescreen.plannedAt)),
      h('dt', {}, 'Reason'), h('dd', {}, rescreen.reason),
      h('dt', {}, 'Lists'), h('dd', {}, h('code', {}, rescreen.versions)),
      h('dt', {}, 'Scope'), h('dd', {}, rescreen.everyone ? 'every subject against everything' : `what changed since each partition was last screened (${rescreen.partitionsInFull} of the partitions done screened in full)`),
      h('dt', {}, 'Partitions done'), h('dd', {},
        h('progress', { id: 'rescreen-meter', max: String(rescreen.partitions), value: String(rescreen.partitionsDone), 'aria-label': 'Partitions done' }),
        ` ${rescreen.partitionsDone} of ${rescreen.partitions}`),
      h('dt', {}, 'Subjects screened'), h('dd', { id: 'rescreen-subjects' }, rescreen.subjectsScreened.toLocaleString('en'))));
  return finished;
}

function startSection(context, progress) {
  const section = h('section', { 'aria-labelledby': 'rescreen-start-heading' }, h('h2', { id: 'rescreen-start-heading' }, 'Re-screen every subject'));
  if (!context.can('Screening.Admin')) {
    section.append(h('p', { class: 'muted' }, 'Starting a re-screen needs the Screening.Admin role.'));
    return section;
  }
  const [form, outcome] = reasonForm({
    id: 'rescreen-reason',
    label: 'Reason for the re-screen',
    submit: 'Re-screen every subject',
    intro: 'Screens every registered subject against every list served now, not only what changed; alerts it raises appear in the queue.',
    send: (reason) => api('monitoring/rescreen', { method: 'POST', body: { reason } }),
    describe: (data) => `Re-screen ${data.plan} planned against ${data.versions}.`,
    after: () => follow(progress),
  });
  section.append(form, outcome);
  return section;
}
