import './styles.css';
import { completeLogin, login, logout, me, Me, startAuth } from './auth';
import { ApiError } from './api';
import { h } from './dom';
import { lang, setLang, t, term } from './i18n';
import { link, onNavigate } from './router';
import { casesView } from './views/cases';
import { caseView } from './views/case';
import { consentView, revokeView } from './views/consent';
import { planView } from './views/plan';
import { inboxView } from './views/inbox';
import { figuresView } from './views/figures';
import { systemsView } from './views/systems';
import { groupsView } from './views/groups';
import { groupView } from './views/group';
import { groupMeetingView } from './views/groupMeeting';

// The shell: a skip link, a banner with the menu and the language switch, one <main> that each route
// fills. Routes are plain paths (history API); the gateway answers index.html for each of them.

type Render = (main: HTMLElement, who: Me) => Promise<void>;

interface Route { pattern: RegExp; render: (params: string[]) => Render }

const routes: Route[] = [
  { pattern: /^\/$/, render: () => casesView },
  { pattern: /^\/cases\/([0-9a-f-]{36})$/, render: ([id]) => (main, who) => caseView(main, who, id) },
  { pattern: /^\/cases\/([0-9a-f-]{36})\/consent$/, render: ([id]) => (main, who) => consentView(main, who, id) },
  { pattern: /^\/cases\/([0-9a-f-]{36})\/revocation$/, render: ([id]) => (main, who) => revokeView(main, who, id) },
  { pattern: /^\/cases\/([0-9a-f-]{36})\/plan$/, render: ([id]) => (main, who) => planView(main, who, id) },
  { pattern: /^\/inbox$/, render: () => inboxView },
  { pattern: /^\/figures$/, render: () => figuresView },
  { pattern: /^\/groups$/, render: () => groupsView },
  { pattern: /^\/groups\/([0-9a-f-]{36})$/, render: ([id]) => (main, who) => groupView(main, who, id) },
  { pattern: /^\/groups\/([0-9a-f-]{36})\/meetings\/([0-9a-f-]{36})$/,
    render: ([id, meeting]) => (main, who) => groupMeetingView(main, who, id, meeting) },
  { pattern: /^\/systems$/, render: () => (main, who) => systemsView(main, who) },
];

function isSteeringOnly(who: Me): boolean {
  return who.roles.includes('STEERING') && !who.roles.some(role => role === 'COORDINATOR' || role === 'STAFF');
}

function shell(who: Me | null): HTMLElement {
  const main = h('main', { id: 'main', tabindex: '-1' });
  const other = lang() === 'sv' ? 'en' : 'sv'; // the language the switch offers (its label is in it)
  const switchLang = h('button',
    { type: 'button', class: 'link-button', lang: other, 'aria-label': t('lang.switchLabel') }, t('lang.switch'));
  switchLang.addEventListener('click', () => {
    setLang(lang() === 'sv' ? 'en' : 'sv');
    void render();
  });
  const nav = who ? h('nav', { 'aria-label': t('nav.label') }, h('ul', {},
    isSteeringOnly(who) ? null : h('li', {}, link('/', t('nav.cases'), current('/'))),
    isSteeringOnly(who) ? null : h('li', {}, link('/inbox', t('nav.inbox'), current('/inbox'))),
    who.roles.some(r => r === 'STEERING' || r === 'COORDINATOR' || r === 'STAFF')
      ? h('li', {}, link('/groups', t('nav.groups'), current('/groups'))) : null,
    who.roles.some(r => r === 'STEERING' || r === 'COORDINATOR')
      ? h('li', {}, link('/figures', t('nav.figures'), current('/figures'))) : null,
    who.roles.includes('ADMIN') ? h('li', {}, link('/systems', t('nav.systems'), current('/systems'))) : null))
    : null;
  const logoutButton = who ? h('button', { type: 'button', class: 'link-button' }, t('user.logout')) : null;
  logoutButton?.addEventListener('click', () => void logout());
  const header = h('header', { class: 'banner' },
    h('div', { class: 'banner-row' },
      h('p', { class: 'brand' }, link('/', t('app.name')),
        h('span', { class: 'brand-sub' }, t('app.title').replace(/^SSPF – /, ''))),
      h('div', { class: 'tools' },
        who ? h('span', { class: 'who' }, t('user.signedInAs', { user: who.user, agency: term(who.agency) })) : null,
        switchLang, logoutButton)),
    nav);
  const root = document.getElementById('app')!;
  root.replaceChildren(
    h('a', { href: '#main', class: 'skip-link' }, t('skip')),
    header, main);
  root.querySelector<HTMLAnchorElement>('.skip-link')!.addEventListener('click', event => {
    event.preventDefault();
    main.focus();
  });
  return main;
}

function current(path: string): Record<string, string> {
  return location.pathname === path ? { 'aria-current': 'page' } : {};
}

function loginPage(main: HTMLElement): void {
  document.title = `${t('login.title')} – ${t('app.name')}`;
  const button = h('button', { type: 'button', class: 'primary' }, t('login.button'));
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = t('login.busy');
    void login(location.pathname === '/login/callback' ? '/' : location.pathname + location.search);
  });
  main.replaceChildren(h('h1', {}, t('login.title')), h('p', { class: 'lead' }, t('login.intro')), button);
}

function errorPage(main: HTMLElement, error: unknown): void {
  const text = error instanceof ApiError
    ? error.status === 404 ? t('error.notFound')
      : error.status === 503 ? t('error.unavailable')
        : t('error.load', { status: error.status })
    : String(error);
  main.replaceChildren(h('h1', {}, t('app.name')), h('p', { class: 'notice-error', role: 'alert' }, text));
}

let rendering = 0;

async function render(): Promise<void> {
  const mine = ++rendering;
  document.documentElement.lang = lang();
  const who = await me();
  const main = shell(who);
  if (!who) {
    loginPage(main);
    return;
  }
  const route = routes.map(r => ({ r, m: location.pathname.match(r.pattern) })).find(x => x.m);
  const view: Render | null = route ? route.r.render(route.m!.slice(1)) : null;
  main.replaceChildren(h('p', { role: 'status' }, t('loading')));
  try {
    if (!view) throw new ApiError({ status: 404 });
    // A steering-only user sees figures and the groups (the steering group's own work), no case.
    if (isSteeringOnly(who) && location.pathname !== '/figures' && !location.pathname.startsWith('/groups')) {
      history.replaceState(null, '', '/figures');
      await figuresView(main, who);
    } else {
      await view(main, who);
    }
  } catch (error) {
    if (mine === rendering) errorPage(main, error);
  }
  if (mine === rendering) {
    const heading = main.querySelector('h1');
    document.title = `${heading?.textContent ?? t('app.name')} – ${t('app.name')}`;
    main.setAttribute('aria-busy', 'false');
    // A new page: the focus goes to its content, as a page load would put it at the top.
    if (navigated) main.focus();
    navigated = true;
  }
}

let navigated = false;

onNavigate(() => void render());

async function start(): Promise<void> {
  document.documentElement.lang = lang();
  await startAuth();
  if (location.pathname === '/login/callback') {
    try {
      const next = await completeLogin();
      history.replaceState(null, '', next);
    } catch (error) {
      console.error('login failed', error);
      history.replaceState(null, '', '/');
      const main = shell(null);
      loginPage(main);
      main.prepend(h('p', { class: 'notice-error', role: 'alert' }, t('login.failed')));
      return;
    }
  }
  window.addEventListener('popstate', () => void render());
  await render();
}

void start();
