import { api } from '../api';
import type { Me } from '../auth';
import { h } from '../dom';
import { clearErrors, input, missing, select, showErrors, showProblem, whileSending } from '../forms';
import { formatDateTime, t, term } from '../i18n';
import { link, navigate } from '../router';
import { AGENCIES, type Group } from '../types';
import { section } from './common';

/** The group's next meeting: the first one still ahead, if any. */
export function nextMeeting(group: Group): Group['meetings'][number] | undefined {
  return group.meetings.filter(m => new Date(m.scheduledFor).getTime() > Date.now())
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor))[0];
}

/** The flag for a group whose next meeting has not been called (text, not colour alone). */
export function missingFlag(group: Group): HTMLElement | null {
  return group.nextMeetingMissing ? h('span', { class: 'badge badge-expired' }, t('groups.nextMissing')) : null;
}

/** The groups the reader is a member of; social services' coordinator creates them here. */
export async function groupsView(main: HTMLElement, who: Me): Promise<void> {
  const { body: groups } = await api.get<Group[]>('/api/groups');
  const creates = who.agency === 'SOCIAL_SERVICES' && who.roles.includes('COORDINATOR');
  main.replaceChildren(...[
    h('h1', {}, t('groups.title')),
    h('p', { class: 'lead' }, t('groups.intro')),
    section(t('groups.mine'), groups.length === 0 ? h('p', {}, t('groups.none')) : h('div', { class: 'table-wrap' },
      h('table', {},
        h('caption', { class: 'visually-hidden' }, t('groups.mine')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('groups.name')),
          h('th', { scope: 'col' }, t('groups.kind')), h('th', { scope: 'col' }, t('groups.nextMeeting')))),
        h('tbody', {}, groups.map(group => {
          const next = nextMeeting(group);
          return h('tr', {}, h('th', { scope: 'row' }, link(`/groups/${group.id}`, group.name)),
            h('td', {}, term(group.kind)),
            h('td', {}, next ? `${formatDateTime(next.scheduledFor)}, ${next.place}` : t('groups.noMeeting'), ' ',
              missingFlag(group)));
        }))))),
    creates ? section(t('groups.create'), createForm(who)) : null,
  ].filter((x): x is HTMLElement => !!x));
}

/** One member row: user id, agency and role, each with its own label naming the row. */
function memberRow(index: number, ref = '', agency = '', role = 'MEMBER'): HTMLFieldSetElement {
  const n = index + 1;
  const refField = input({ label: t('groups.member.ref', { n }), field: `members[${index}].ref`, value: ref,
    required: true, attrs: { autocomplete: 'off', spellcheck: 'false' } });
  const agencyField = select({ label: t('groups.member.agency', { n }), field: `members[${index}].agency`,
    value: agency, required: true, choices: [['', t('groups.member.chooseAgency')],
      ...AGENCIES.map(a => [a, term(a)] as [string, string])] });
  const roleField = select({ label: t('groups.member.role', { n }), field: `members[${index}].role`, value: role,
    choices: [['MEMBER', term('MEMBER')], ['CONVENER', term('CONVENER')]] });
  return h('fieldset', { class: 'member-row', 'data-member': String(index) },
    h('legend', {}, t('groups.member.legend', { n })), refField.wrap, agencyField.wrap, roleField.wrap);
}

function createForm(who: Me): HTMLFormElement {
  const kind = select({ label: t('groups.kind'), field: 'kind', value: 'WORKING',
    choices: [['WORKING', term('WORKING')], ['STEERING', term('STEERING')]] });
  const name = input({ label: t('groups.name'), field: 'name', required: true, hint: t('groups.nameHint') });
  const interval = input({ label: t('groups.interval'), field: 'meetingIntervalDays', type: 'number', value: '14',
    required: true, hint: t('groups.intervalHint'), attrs: { min: 7, max: 120, inputmode: 'numeric' } });
  const deadline = input({ label: t('groups.deadline'), field: 'registrationDeadlineDays', type: 'number',
    value: '3', required: true, hint: t('groups.deadlineHint'), attrs: { min: 0, max: 30, inputmode: 'numeric' } });
  // The coordinator who creates the group convenes it, unless changed: the first row is theirs.
  const members = h('div', { class: 'members' }, memberRow(0, who.user, who.agency, 'CONVENER'), memberRow(1));
  const add = h('button', { type: 'button', class: 'secondary' }, t('groups.member.add'));
  add.addEventListener('click', () => {
    const row = memberRow(members.children.length);
    members.append(row);
    row.querySelector<HTMLInputElement>('input')?.focus();
  });
  const form = h('form', { novalidate: true }, kind.wrap, name.wrap, interval.wrap, deadline.wrap,
    h('fieldset', {}, h('legend', {}, t('groups.members')), h('p', { class: 'hint' }, t('groups.membersHint')),
      members, add),
    h('button', { type: 'submit', class: 'primary' }, t('groups.createButton')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    clearErrors(form);
    // A row left wholly empty is no member; a row begun must be finished.
    const rows = [...members.querySelectorAll<HTMLFieldSetElement>('[data-member]')].map(row => {
      const [ref, agency, role] = [...row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')]
        .map(control => control.value.trim());
      return { row, ref, agency, role };
    });
    const unused = new Set(rows.filter(r => !r.ref && !r.agency)
      .flatMap(r => [...r.row.querySelectorAll<HTMLElement>('[data-field]')].map(c => c.dataset.field)));
    const errors = missing(form).filter(error => !unused.has(error.field));
    if (errors.length) return showErrors(form, errors);
    void whileSending(form, async () => {
      try {
        const { body: created } = await api.post<Group>('/api/groups', {
          kind: kind.control.value, name: name.control.value.trim(),
          meetingIntervalDays: Number(interval.control.value), registrationDeadlineDays: Number(deadline.control.value),
          members: rows.filter(r => r.ref || r.agency).map(({ ref, agency, role }) => ({ ref, agency, role })),
        });
        navigate(`/groups/${created.id}`);
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  return form;
}
