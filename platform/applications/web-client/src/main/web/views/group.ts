import { api } from '../api';
import type { Me } from '../auth';
import { h, status } from '../dom';
import {
  clearErrors, input, missing, select, showErrors, showProblem, stockholmInstant, textarea, today, whileSending,
} from '../forms';
import { formatDateTime, plural, t, term } from '../i18n';
import { link, navigate } from '../router';
import type { Group, GroupMeeting } from '../types';
import { section } from './common';
import { missingFlag, nextMeeting } from './groups';

/**
 * One group: its members, its mandate (given by the steering group to a working group), its meetings, and for
 * its convener the form that calls the next meeting.
 */
export async function groupView(main: HTMLElement, who: Me, id: string, saved?: string): Promise<void> {
  const [{ body: group }, { body: mine }] = await Promise.all([
    api.get<Group>(`/api/groups/${id}`), api.get<Group[]>('/api/groups')]);
  const convenes = group.members.some(m => m.ref === who.user && m.role === 'CONVENER');
  // A steering member gives a working group its mandate: on the working group's page, or from the steering group's.
  const steers = mine.some(g => g.kind === 'STEERING' && g.members.some(m => m.ref === who.user));
  const again = (text: string) => groupView(main, who, id, text).then(() =>
    main.querySelector<HTMLElement>('[role=status]')?.focus());

  main.replaceChildren(...[
    h('p', {}, link('/groups', t('group.back'))),
    h('h1', {}, t('group.title', { kind: term(group.kind), name: group.name })),
    saved ? status(saved) : null,
    section(t('group.summary'), h('dl', { class: 'facts' },
      h('dt', {}, t('groups.kind')), h('dd', {}, term(group.kind)),
      h('dt', {}, t('groups.interval')), h('dd', {}, plural('group.days', group.meetingIntervalDays)),
      h('dt', {}, t('groups.deadline')), h('dd', {}, plural('group.daysBefore', group.registrationDeadlineDays)),
      h('dt', {}, t('groups.nextMeeting')), h('dd', {}, nextMeetingText(group), ' ', missingFlag(group)))),
    section(t('groups.members'), h('div', { class: 'table-wrap' }, h('table', {},
      h('caption', { class: 'visually-hidden' }, t('groups.members')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('group.member.ref')),
        h('th', { scope: 'col' }, t('group.member.agency')), h('th', { scope: 'col' }, t('group.member.role')))),
      h('tbody', {}, group.members.map(m => h('tr', {},
        h('td', {}, m.ref), h('td', {}, term(m.agency)), h('td', {}, term(m.role)))))))),
    group.kind === 'WORKING'
      ? section(t('group.mandate'), h('p', { class: 'mandate' }, group.mandate ?? t('group.noMandate')),
        steers ? mandateForm(group.id, group.mandate, null, again) : null)
      : steers ? section(t('group.giveMandate'), mandateForm(null, null,
        mine.filter(g => g.kind === 'WORKING'), again)) : null,
    section(t('group.meetings'), group.meetings.length === 0 ? h('p', {}, t('group.meetingsNone'))
      : h('ul', { class: 'meetings' }, [...group.meetings].sort((a, b) => b.scheduledFor.localeCompare(a.scheduledFor))
        .map(m => h('li', {}, link(`/groups/${group.id}/meetings/${m.id}`,
          t('group.meeting', { when: formatDateTime(m.scheduledFor), place: m.place })),
        ' – ', m.minutesRecorded ? t('group.minutesRecorded') : t('group.minutesNot'))))),
    convenes ? section(t('group.call'), callForm(group)) : null,
  ].filter((x): x is HTMLElement => !!x));
}

function nextMeetingText(group: Group): string {
  const next = nextMeeting(group);
  return next ? `${formatDateTime(next.scheduledFor)}, ${next.place}` : t('groups.noMeeting');
}

/**
 * The steering group's mandate to a working group: for that group (groupId), or with the working group chosen
 * among those the reader knows (or named by its id where the reader is in none of them).
 */
function mandateForm(groupId: string | null, current: string | null, working: Group[] | null,
                     again: (text: string) => Promise<void>): HTMLFormElement {
  const target = groupId ? null : working && working.length
    ? select({ label: t('group.mandateFor'), field: 'groupId', required: true,
      choices: working.map(g => [g.id, g.name] as [string, string]) })
    : input({ label: t('group.mandateForId'), field: 'groupId', required: true, hint: t('group.mandateForIdHint') });
  const text = textarea({ label: t('group.mandateText'), field: 'text', required: true, rows: 4,
    value: current ?? '' });
  const form = h('form', { novalidate: true }, target?.wrap, text.wrap,
    h('button', { type: 'submit', class: 'primary' }, t('group.mandateSave')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    clearErrors(form);
    const errors = missing(form);
    if (errors.length) return showErrors(form, errors);
    const to = groupId ?? target!.control.value.trim();
    void whileSending(form, async () => {
      try {
        await api.put(`/api/groups/${encodeURIComponent(to)}/mandate`, { text: text.control.value.trim() });
        await again(t('group.mandateSaved'));
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  return form;
}

/** Calls the group's next meeting: when (the clocks of Sweden), where, and the general part's items, one a line. */
function callForm(group: Group): HTMLFormElement {
  const date = input({ label: t('group.call.date'), field: 'scheduledFor', type: 'date', required: true,
    value: today(group.meetingIntervalDays) });
  const time = input({ label: t('group.call.time'), field: 'time', type: 'time', required: true, value: '09:00' });
  const place = input({ label: t('group.call.place'), field: 'place', required: true });
  const general = textarea({ label: t('group.call.general'), field: 'general', rows: 5,
    hint: t('group.call.generalHint') });
  const form = h('form', { novalidate: true }, date.wrap, time.wrap, place.wrap, general.wrap,
    h('button', { type: 'submit', class: 'primary' }, t('group.call.button')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    clearErrors(form);
    const errors = missing(form);
    if (errors.length) return showErrors(form, errors);
    void whileSending(form, async () => {
      try {
        const { body: meeting } = await api.post<GroupMeeting>(`/api/groups/${group.id}/meetings`, {
          scheduledFor: stockholmInstant(date.control.value, time.control.value), place: place.control.value.trim(),
          general: general.control.value.split('\n').map(line => line.trim()).filter(Boolean),
        });
        navigate(`/groups/${group.id}/meetings/${meeting.id}`);
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  return form;
}
