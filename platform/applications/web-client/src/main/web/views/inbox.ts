import { api } from '../api';
import type { Me } from '../auth';
import { h } from '../dom';
import { formatDateTime, t, term } from '../i18n';
import { link } from '../router';
import type { Notice } from '../types';

/** The in-app inbox: newest first; a notice names the youth only where the consent lets the reader's agency see it. */
export async function inboxView(main: HTMLElement, who: Me): Promise<void> {
  const { body: notices } = await api.get<Notice[]>('/api/notifications');
  main.replaceChildren(h('h1', {}, t('inbox.title')),
    notices.length === 0 ? h('p', {}, t('inbox.none')) : h('ul', { class: 'inbox' }, notices.map(n => {
      const headingId = `notice-${n.id}`;
      const read = h('button', { type: 'button', class: 'secondary', 'aria-describedby': headingId },
        t('inbox.markRead'));
      read.addEventListener('click', async () => {
        await api.post(`/api/notifications/${n.id}/read`, {});
        await inboxView(main, who);
        main.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
        main.querySelector<HTMLElement>('h1')?.focus();
      });
      return h('li', { class: n.read ? 'read' : 'unread' },
        h('h2', { class: 'h3', id: headingId },
          n.read ? null : h('span', { class: 'badge badge-valid' }, t('inbox.unread')), ' ', n.subject),
        h('p', { class: 'meta' }, `${formatDateTime(n.createdAt)} · ${term(n.kind)}`),
        h('p', {}, n.body),
        h('p', {},
          n.caseId ? link(`/cases/${n.caseId}`, t('inbox.open'), { 'aria-describedby': headingId }) : null,
          n.read ? null : [' ', read]));
    })));
}
