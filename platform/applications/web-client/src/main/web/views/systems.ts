import { api } from '../api';
import { identityProvider, type Me } from '../auth';
import { h, status } from '../dom';
import { choiceGroup, clearErrors, input, missing, showErrors, showProblem } from '../forms';
import { formatDateTime, t, term } from '../i18n';
import type { AgencySystem, CreatedSubscription, RegisteredSystem, Subscription } from '../types';
import { section } from './common';

/** What an agency system can subscribe to: notification-service's webhook types, one for each kind of notice. */
const KINDS = ['MEETING_INVITATION', 'ACTION_ASSIGNED', 'ACTION_DUE_SOON', 'ACTION_OVERDUE', 'FOLLOW_UP_SCHEDULED',
  'FOLLOW_UP_REMINDER', 'CONSENT_EXPIRING', 'CONSENT_ENDED', 'CASE_CLOSED'];

/** MEETING_INVITATION → se.sspf.notification.MeetingInvitation.v1 */
function webhookType(kind: string): string {
  const name = kind.split('_').map(word => word[0] + word.slice(1).toLowerCase()).join('');
  return `se.sspf.notification.${name}.v1`;
}

function kindOf(type: string): string {
  return KINDS.find(kind => webhookType(kind) === type) ?? type;
}

/** A secret shown once, to be copied into the agency's system now: the services keep no readable copy. */
function shownOnce(title: string, facts: [string, string][]): HTMLElement {
  return h('div', { class: 'notice-ok', role: 'status' },
    h('p', {}, h('strong', {}, title), ' ', t('systems.secretOnce')),
    h('dl', { class: 'facts' }, facts.map(([name, value]) => [h('dt', {}, name), h('dd', {}, h('code', {}, value))])));
}

/**
 * The agency administrator's systems: registered at the identity provider (client credentials with the agency's
 * claims and role SERVICE), subscribed to the types of notices they want by webhook, tested with a signed ping,
 * revoked and ended here too.
 */
export async function systemsView(main: HTMLElement, who: Me, shown: HTMLElement | null = null): Promise<void> {
  if (!who.roles.includes('ADMIN')) {
    main.replaceChildren(h('h1', {}, t('systems.title')), h('p', {}, t('systems.onlyAdmin')));
    return;
  }
  const registry = `${identityProvider()}/api/agency-systems`;
  const [{ body: systems }, { body: subscriptions }] = await Promise.all([
    api.get<AgencySystem[]>(registry), api.get<Subscription[]>('/api/subscriptions')]);
  // After each step the page is drawn again with what was done said on top, and the focus on the heading.
  const again = (next: HTMLElement | null) => systemsView(main, who, next).then(() => {
    main.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
    main.querySelector<HTMLElement>('h1')?.focus();
  });

  const name = input({ label: t('systems.name'), field: 'name', required: true, hint: t('systems.nameHint') });
  const register = h('form', { novalidate: true }, name.wrap,
    h('button', { type: 'submit', class: 'primary' }, t('systems.register')));
  register.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(register);
    const errors = missing(register);
    if (errors.length) return showErrors(register, errors);
    try {
      const { body: created } = await api.post<RegisteredSystem>(registry, { name: name.control.value });
      await again(shownOnce(t('systems.registered', { name: created.name }), [
        [t('systems.clientId'), created.clientId], [t('systems.clientSecret'), created.clientSecret],
        [t('systems.tokenEndpoint'), created.tokenEndpoint]]));
    } catch (error) {
      showProblem(register, error);
    }
  });

  const url = input({ label: t('systems.url'), field: 'url', type: 'url', required: true, hint: t('systems.urlHint') });
  const types = choiceGroup({ legend: t('systems.types'), field: 'eventTypes', type: 'checkbox',
    choices: KINDS.map(kind => [webhookType(kind), term(kind)]) });
  const subscribe = h('form', { novalidate: true }, url.wrap, h('p', { class: 'hint' }, t('systems.typesHint')),
    types.wrap, h('button', { type: 'submit', class: 'primary' }, t('systems.subscribe')));
  subscribe.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(subscribe);
    const errors = missing(subscribe);
    if (errors.length) return showErrors(subscribe, errors);
    try {
      const { body: created } = await api.post<CreatedSubscription>('/api/subscriptions',
        { url: url.control.value, eventTypes: types.values() });
      await again(shownOnce(t('systems.subscribed'), [[t('systems.url'), created.url],
        [t('systems.signingSecret'), created.secret]]));
    } catch (error) {
      showProblem(subscribe, error);
    }
  });

  main.replaceChildren(
    h('h1', {}, t('systems.title')),
    h('p', { class: 'lead' }, t('systems.intro', { agency: term(who.agency) })),
    ...(shown ? [shown] : []),
    section(t('systems.registerTitle'), register),
    section(t('systems.listTitle'), systems.length === 0 ? h('p', {}, t('systems.none')) : h('div',
      { class: 'table-wrap' }, h('table', {},
        h('caption', { class: 'visually-hidden' }, t('systems.listTitle')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('systems.name')),
          h('th', { scope: 'col' }, t('systems.clientId')), h('th', { scope: 'col' }, t('systems.registeredAt')),
          h('td', {}))),
        h('tbody', {}, systems.map(system => {
          const revoke = h('button', { type: 'button', class: 'secondary',
            'aria-label': t('systems.revokeLabel', { name: system.name }) }, t('systems.revoke'));
          revoke.addEventListener('click', async () => {
            await api.delete(`${registry}/${encodeURIComponent(system.clientId)}`);
            await again(status(t('systems.revoked', { name: system.name })));
          });
          return h('tr', {}, h('th', { scope: 'row' }, system.name), h('td', {}, h('code', {}, system.clientId)),
            h('td', {}, formatDateTime(system.registeredAt)), h('td', {}, revoke));
        }))))),
    section(t('systems.subscribeTitle'), subscribe),
    section(t('systems.subscriptionsTitle'), subscriptions.length === 0 ? h('p', {}, t('systems.noSubscriptions'))
      : h('ul', { class: 'inbox' }, subscriptions.map(subscription => {
        const headingId = `subscription-${subscription.id}`;
        const ping = h('button', { type: 'button', class: 'secondary', 'aria-describedby': headingId },
          t('systems.ping'));
        ping.addEventListener('click', async () => {
          const { body: queued } = await api.post<{ id: string }>(`/api/subscriptions/${subscription.id}/ping`, {});
          await again(status(t('systems.pinged', { id: queued.id })));
        });
        const end = h('button', { type: 'button', class: 'secondary', 'aria-describedby': headingId },
          t('systems.end'));
        end.addEventListener('click', async () => {
          await api.delete(`/api/subscriptions/${subscription.id}`);
          await again(status(t('systems.ended')));
        });
        return h('li', {}, h('h3', { id: headingId }, subscription.url),
          h('p', { class: 'meta' }, subscription.eventTypes.length === 0 ? t('systems.allTypes')
            : subscription.eventTypes.map(type => term(kindOf(type))).join(', ')),
          h('p', {}, ping, ' ', end));
      }))));
}
