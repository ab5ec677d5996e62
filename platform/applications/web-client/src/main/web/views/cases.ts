import { api, getOrNull } from '../api';
import type { Me } from '../auth';
import { h } from '../dom';
import { formatDateTime, t, term } from '../i18n';
import { link } from '../router';
import type { CaseView, Meeting, Plan } from '../types';
import { consentBadge, consentOf } from './common';

/** My cases: each with its stage, next meeting, overdue actions and consent. */
export async function casesView(main: HTMLElement, _who: Me): Promise<void> {
  const { body } = await api.get<{ cases: CaseView[] }>('/api/cases?size=50');
  const rows = await Promise.all(body.cases.map(async c => {
    const [meetings, plan, consent] = await Promise.all([
      c.consentId
        ? api.get<Meeting[]>(`/api/cases/${c.id}/meetings`).then(r => r.body).catch(() => [])
        : Promise.resolve([] as Meeting[]),
      c.consentId
        ? getOrNull<Plan>(`/api/plans/${c.id}`).then(r => r?.body ?? null).catch(() => null)
        : Promise.resolve(null),
      consentOf(c.consentId).catch(() => null),
    ]);
    const next = meetings.filter(m => new Date(m.scheduledFor).getTime() > Date.now())
      .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor))[0];
    return h('tr', {},
      h('th', { scope: 'row' }, link(`/cases/${c.id}`, c.caseCode)),
      h('td', {}, term(c.status)),
      h('td', {}, next ? `${formatDateTime(next.scheduledFor)}, ${next.place}` : t('cases.noMeeting')),
      h('td', {}, plan
        ? (plan.overdueActions > 0 ? h('strong', { class: 'overdue' }, String(plan.overdueActions)) : '0')
        : t('cases.noPlan')),
      h('td', {}, consentBadge(consent)));
  }));
  main.replaceChildren(
    h('h1', {}, t('cases.title')),
    rows.length === 0 ? h('p', {}, t('cases.none')) : h('div', { class: 'table-wrap' }, h('table', { class: 'cases' },
      h('caption', { class: 'visually-hidden' }, t('cases.caption')),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('cases.code')), h('th', { scope: 'col' }, t('cases.status')),
        h('th', { scope: 'col' }, t('cases.nextMeeting')), h('th', { scope: 'col' }, t('cases.overdue')),
        h('th', { scope: 'col' }, t('cases.consent')))),
      h('tbody', {}, rows))));
}
