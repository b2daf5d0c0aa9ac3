// The console shell: sign-in, the banner of a development sign-in, navigation between pages (hash routes).
import { api } from './api.js';
import { beginSignIn, completeSignIn, signOut } from './auth.js';
import { h, problemBox } from './dom.js';

const pages = {
  lists: () => import('./pages/lists.js'),
  screen: () => import('./pages/screen.js'),
  alerts: () => import('./pages/alerts.js'),
  audit: () => import('./pages/audit.js'),
  monitoring: () => import('./pages/monitoring.js'),
  uploads: () => import('./pages/uploads.js'),
};

const main = document.getElementById('main');

async function start() {
  const signIn = (await api('sign-in')).data ?? { kind: 'none' };
  const notice = document.getElementById('sign-in-notice');
  if (signIn.kind === 'development') {
    notice.textContent = signIn.notice;
    notice.hidden = false;
  }
  await completeSignIn(signIn);
  const me = await api('me');
  if (me.status === 401) {
    if (signIn.kind === 'none') {
      main.replaceChildren(h('h1', {}, 'Sign-in not configured'), h('p', { class: 'problem', role: 'alert' }, signIn.notice ?? 'The console has no sign-in.'));
      return;
    }
    await beginSignIn(signIn);
    return;
  }
  if (!me.ok) {
    main.replaceChildren(problemBox(me.data));
    return;
  }
  const person = me.data;
  document.getElementById('who').replaceChildren(
    `${person.name} · ${person.roles.length ? person.roles.join(', ') : 'no role'}`,
    h('button', { type: 'button', class: 'secondary', onclick: () => signOut(signIn) }, 'Sign out'));
  const context = { person, can: (role) => person.roles.includes(role) || person.roles.includes('Screening.Admin') };
  window.addEventListener('hashchange', () => show(context));
  await show(context);
}

async function show(context) {
  const [name, ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  const page = pages[name] ? name : 'lists';
  for (const link of document.querySelectorAll('nav a')) {
    if (link.getAttribute('href') === `#/${page}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const module = await pages[page]();
  document.title = `${module.title} · Screening console`;
  main.replaceChildren(h('h1', {}, module.title));
  await module.render(main, { ...context, parameters: rest.map(decodeURIComponent) });
  main.dataset.ready = page;
  // Read by the browser tests as the page's time to interactive: its data is shown and its forms answer.
  performance.mark(`console-ready:${page}`);
}

start().catch((error) => main.replaceChildren(problemBox({ title: 'The console failed to start', detail: String(error) })));
