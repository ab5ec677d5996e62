import { api } from '../api';
import type { Me } from '../auth';
import { h, status } from '../dom';
import { missing, select, showErrors, showProblem, textarea } from '../forms';
import { formatDate, formatDateTime, t, term } from '../i18n';
import { link } from '../router';
import { CATEGORIES, type CaseView, type JournalEntry, type Meeting } from '../types';
import { consentBadge, consentOf, inForce, section } from './common';

/** One case: risk indicators, participants, the journal as the consent lets the reader see it, meetings. */
export async function caseView(main: HTMLElement, who: Me, id: string, saved?: string): Promise<void> {
  const { body: c } = await api.get<CaseView>(`/api/cases/${id}`);
  const [journal, meetings, consent] = await Promise.all([
    api.get<{ entries: JournalEntry[] }>(`/api/cases/${id}/journal`).then(r => r.body.entries),
    c.consentId ? api.get<Meeting[]>(`/api/cases/${id}/meetings`).then(r => r.body) : Promise.resolve([] as Meeting[]),
    consentOf(c.consentId),
  ]);
  // Social services (the handler) registers and revokes consents; other agencies read them.
  const coordinates = who.agency === 'SOCIAL_SERVICES';
  const work = h('ul', { class: 'actions' },
    coordinates && !inForce(consent) && c.status !== 'CLOSED' && c.status !== 'DECLINED' && c.status !== 'PROPOSED'
      ? h('li', {}, link(`/cases/${id}/consent`, t('case.registerConsent'), { class: 'button' })) : null,
    coordinates && inForce(consent)
      ? h('li', {}, link(`/cases/${id}/revocation`, t('case.revokeConsent'), { class: 'button' })) : null,
    c.consentId ? h('li', {}, link(`/cases/${id}/plan`, t('case.plan'), { class: 'button' })) : null);

  main.replaceChildren(...[
    h('p', {}, link('/', t('case.back'))),
    h('h1', {}, t('case.title', { code: c.caseCode })),
    saved ? status(saved) : null,
    section(t('case.summary'), h('dl', { class: 'facts' },
      h('dt', {}, t('case.status')), h('dd', {}, term(c.status)),
      h('dt', {}, t('case.proposedBy')), h('dd', {}, term(c.proposedBy)),
      h('dt', {}, t('case.proposedAt')), h('dd', {}, formatDate(c.proposedAt)),
      h('dt', {}, t('case.consent')), h('dd', {}, consentBadge(consent))),
      work.childElementCount ? h('nav', { 'aria-label': t('case.actions') }, work) : null),
    section(t('case.risk'), h('ul', {}, c.riskIndicators.map(r => h('li', {}, term(r))))),
    section(t('case.participants'), h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('case.participant.ref')), h('th', { scope: 'col' }, t('case.participant.agency')),
        h('th', { scope: 'col' }, t('case.participant.role')), h('th', { scope: 'col' }, t('case.participant.duty')))),
      h('tbody', {}, c.participants.map(p => h('tr', {},
        h('td', {}, p.ref), h('td', {}, term(p.agency)), h('td', {}, term(p.role)),
        h('td', {}, p.dutyOfConfidentiality ? t('case.participant.dutyYes') : t('case.participant.dutyNo')))))))),
    journalSection(main, who, c, journal),
    section(t('case.meetings'),
      meetings.length === 0 ? h('p', {}, t('case.meetingsNone')) : meetings.map(meetingView)),
  ].filter((x): x is HTMLElement => !!x));
}

function journalSection(main: HTMLElement, who: Me, c: CaseView, entries: JournalEntry[]): HTMLElement {
  const shared = c.sharedWithYou.length
    ? h('p', {}, `${t('case.shared')}: `, c.sharedWithYou.map(term).join(', '))
    : h('p', {}, t('case.sharedNone'));
  const category = select({ label: t('case.journal.category'), field: 'category', required: true, value: 'OTHER',
    choices: CATEGORIES.map(cat => [cat, term(cat)]) });
  const text = textarea({ label: t('case.journal.text'), field: 'text', required: true, rows: 3 });
  const form = h('form', { class: 'journal-form', novalidate: true },
    h('h3', {}, t('case.journal.new')), category.wrap, text.wrap,
    h('button', { type: 'submit', class: 'primary' }, t('case.journal.save')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const errors = missing(form);
    if (errors.length) return showErrors(form, errors);
    try {
      await api.post(`/api/cases/${c.id}/journal`, { category: category.control.value, text: text.control.value });
      await caseView(main, who, c.id, t('case.journal.saved'));
      main.querySelector<HTMLElement>('[role=status]')?.focus();
    } catch (error) {
      showProblem(form, error);
    }
  });
  return section(t('case.journal'),
    shared,
    // Said always, whatever is withheld: the reader learns nothing from it (the services do the same).
    h('p', { class: 'not-shared' }, t('case.notShared')),
    entries.length === 0 ? h('p', {}, t('case.journalNone')) : h('ul', { class: 'journal' }, entries.map(e =>
      h('li', {},
        h('p', { class: 'meta' }, `${formatDateTime(e.recordedAt)} · ${term(e.agency)} · ${term(e.category)}`),
        h('p', {}, e.text)))),
    c.status === 'CLOSED' ? null : form);
}

function meetingView(m: Meeting): HTMLElement {
  const part = (title: string, items: string[]) =>
    items.length ? [h('h4', {}, title), h('ul', {}, items.map(i => h('li', {}, i)))] : [];
  return h('article', { class: 'meeting' },
    h('h3', {}, t('case.meeting.when', { when: formatDateTime(m.scheduledFor), place: m.place })),
    h('h4', {}, t('case.meeting.agenda')),
    m.agenda ? h('div', { class: 'agenda' },
      part(t('case.meeting.individual'), m.agenda.individual),
      part(t('case.meeting.returnees'), m.agenda.returnees),
      part(t('case.meeting.general'), m.agenda.general)) : h('p', {}, t('case.notShared')),
    h('h4', {}, t('case.meeting.minutes')),
    m.minutes ? h('p', {}, m.minutes) : h('p', {}, t('case.meeting.noMinutes')),
    m.decisions?.length ? [h('h4', {}, t('case.meeting.decisions')),
      h('ul', {}, m.decisions.map(d => h('li', {}, t('case.meeting.decision', d))))] : null);
}
