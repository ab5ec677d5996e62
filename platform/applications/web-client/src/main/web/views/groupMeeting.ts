import { api, getOrNull } from '../api';
import type { Me } from '../auth';
import { h, status } from '../dom';
import {
  choiceGroup, clearErrors, input, missing, select, showErrors, showProblem, textarea, whileSending,
} from '../forms';
import { formatDate, formatDateTime, t, term } from '../i18n';
import { link } from '../router';
import {
  type CaseView, type Decision, type Group, type GroupMeeting, type Meeting, type Plan, RETURN_FROM, RISK_INDICATORS,
} from '../types';
import { section } from './common';

type Registered = GroupMeeting['individual'][number];

/**
 * A working group's meeting with the three parts of its agenda: the individual part (only the cases the reader
 * takes part in, each with its consent, and the de-identified cases by code and risk signs), the returnees, and
 * the general part with the group's own minutes.
 */
export async function groupMeetingView(main: HTMLElement, who: Me, groupId: string, meetingId: string,
                                       saved?: string): Promise<void> {
  const path = `/api/groups/${groupId}/meetings/${meetingId}`;
  const [{ body: meeting }, { body: group }] = await Promise.all([
    api.get<GroupMeeting>(path), api.get<Group>(`/api/groups/${groupId}`)]);
  const previous = group.meetings.filter(m => m.scheduledFor < meeting.scheduledFor)
    .sort((a, b) => b.scheduledFor.localeCompare(a.scheduledFor))[0];
  const [cases, ...individual] = await Promise.all([
    api.get<{ cases: CaseView[] }>('/api/cases?size=50').then(r => r.body.cases).catch(() => [] as CaseView[]),
    ...meeting.individual.map(c => registeredCase(c, previous?.scheduledFor ?? null, again)),
  ]);
  const convenes = group.members.some(m => m.ref === who.user && m.role === 'CONVENER');
  const closed = new Date(meeting.registrationDeadline).getTime() <= Date.now();
  async function again(text: string): Promise<void> {
    await groupMeetingView(main, who, groupId, meetingId, text);
    main.querySelector<HTMLElement>('[role=status]')?.focus();
  }
  const returnees = [
    ...meeting.returnees.map(r => ({ code: r.caseCode, returnee: r as { from: string; expectedOn: string } })),
    ...meeting.deIdentified.filter(d => d.returnee).map(d => ({ code: d.code, returnee: d.returnee! })),
  ].sort((a, b) => a.returnee.expectedOn.localeCompare(b.returnee.expectedOn));

  main.replaceChildren(...[
    h('p', {}, link(`/groups/${groupId}`, t('meeting.back', { name: group.name }))),
    h('h1', {}, t('meeting.title', { when: formatDateTime(meeting.scheduledFor) })),
    saved ? status(saved) : null,
    h('dl', { class: 'facts' },
      h('dt', {}, t('meeting.group')), h('dd', {}, group.name),
      h('dt', {}, t('meeting.place')), h('dd', {}, meeting.place),
      h('dt', {}, t('meeting.deadline')), h('dd', {}, formatDateTime(meeting.registrationDeadline),
        closed ? ` (${t('meeting.deadlinePassed')})` : null)),

    section(t('meeting.individual'),
      h('p', {}, t('meeting.individualIntro')),
      individual.length === 0 ? h('p', {}, t('meeting.noCases')) : individual,
      registerForm(path, cases.filter(c => !meeting.individual.some(r => r.caseId === c.id)), closed, again),
      h('h3', {}, t('meeting.deIdentified')),
      h('p', {}, t('meeting.deIdentifiedIntro')),
      meeting.deIdentified.length === 0 ? h('p', {}, t('meeting.noDeIdentified'))
        : h('ul', { class: 'de-identified' }, meeting.deIdentified.map(d => h('li', {},
          h('strong', {}, d.code), ': ', d.riskIndicators.map(term).join(', '),
          d.returnee ? ` – ${returneeText(d.returnee)}` : null,
          d.seekConsent ? [' ', h('span', { class: 'badge badge-expired' }, t('meeting.seekConsent'))] : null))),
      deIdentifiedForm(path, again)),

    section(t('meeting.returnees'),
      h('p', {}, t('meeting.returneesIntro')),
      returnees.length === 0 ? h('p', {}, t('meeting.noReturnees'))
        : h('ul', {}, returnees.map(r => h('li', {}, h('strong', {}, r.code), ': ', returneeText(r.returnee))))),

    section(t('meeting.general'),
      meeting.general.length === 0 ? h('p', {}, t('meeting.noGeneral'))
        : h('ul', {}, meeting.general.map(item => h('li', {}, item))),
      h('h3', {}, t('meeting.minutes')),
      meeting.minutes ? minutesShown(meeting.minutes.text, meeting.minutes.decisions, meeting.minutes.recordedAt)
        : h('p', {}, t('meeting.noMinutes')),
      convenes && !meeting.minutes ? minutesForm(t('meeting.minutesGeneral'), '', t('meeting.minutesSave'),
        body => api.post(`${path}/minutes`, body).then(() => again(t('meeting.minutesSaved')))) : null),
  ].filter((x): x is HTMLElement => !!x));
}

function returneeText(returnee: { from: string; expectedOn: string }): string {
  return t('meeting.returnee', { from: term(returnee.from), date: formatDate(returnee.expectedOn) });
}

/** The consent question of a registered case, in one badge: in force until …, expiring, none, ended. */
function consentBadge(consent: Registered['consent']): HTMLElement {
  const date = formatDate(consent.validUntil);
  switch (consent.status) {
    case 'IN_FORCE': return h('span', { class: 'badge badge-valid' }, t('meeting.consent.inForce', { date }));
    case 'EXPIRING': return h('span', { class: 'badge badge-expired' }, t('meeting.consent.expiring', { date }));
    case 'ENDED': return h('span', { class: 'badge badge-revoked' }, t('meeting.consent.ended'));
    default: return h('span', { class: 'badge badge-none' }, t('meeting.consent.none'));
  }
}

/**
 * One case of the individual part: its consent, what is new in its plan since the group last met (as much of the
 * plan as plan-service shows this reader), and its notes, which are the case meeting's minutes, the case's record.
 */
async function registeredCase(c: Registered, lastMet: string | null,
                              again: (text: string) => Promise<void>): Promise<HTMLElement> {
  const [plan, caseMeeting] = await Promise.all([
    getOrNull<Plan>(`/api/plans/${c.caseId}`).then(r => r?.body ?? null).catch(() => null),
    api.get<Meeting[]>(`/api/cases/${c.caseId}/meetings`)
      .then(r => r.body.find(m => m.id === c.caseMeetingId) ?? null).catch(() => null),
  ]);
  const overdue = plan ? plan.areas.flatMap(area => area.actions).filter(action => action.overdue) : [];
  const agreed = plan?.header?.agreedOn ?? null;
  const isNew = !!agreed && (!lastMet || agreed >= lastMet.substring(0, 10));
  return h('article', { class: 'meeting' },
    h('h3', {}, t('meeting.case', { code: c.caseCode })),
    h('p', {}, consentBadge(c.consent), ' ', link(`/cases/${c.caseId}`, t('meeting.openCase', { code: c.caseCode }))),
    h('h4', {}, t('meeting.news')),
    !plan ? h('p', {}, t('meeting.noPlan')) : [
      h('p', {}, t('meeting.planVersion', { version: plan.version, date: formatDate(agreed) }), ' ',
        isNew ? h('span', { class: 'badge badge-valid' }, t('meeting.planNew')) : null),
      overdue.length === 0 ? h('p', {}, t('meeting.noOverdue')) : h('ul', {}, overdue.map(action => h('li', {},
        t('meeting.overdue', { goal: action.goal, agency: term(action.responsible.agency),
          date: formatDate(action.dueOn) })))),
    ],
    h('h4', {}, t('meeting.caseNotes')),
    caseMeeting?.minutes
      ? minutesShown(caseMeeting.minutes, caseMeeting.decisions ?? [], null)
      : h('p', {}, t('meeting.noCaseNotes')),
    caseMeeting && caseMeeting.agenda && !caseMeeting.minutes
      ? h('details', {}, h('summary', {}, t('meeting.writeCaseNotes', { code: c.caseCode })),
        minutesForm(t('meeting.caseNotesFor', { code: c.caseCode }), t('meeting.scopeCase', { code: c.caseCode }),
          t('meeting.caseNotesSave'),
          body => api.post(`/api/cases/${c.caseId}/meetings/${c.caseMeetingId}/minutes`, body)
            .then(() => again(t('meeting.caseNotesSaved', { code: c.caseCode })))))
      : null);
}

function minutesShown(text: string, decisions: Decision[], recordedAt: string | null): HTMLElement {
  return h('div', { class: 'minutes' },
    recordedAt ? h('p', { class: 'meta' }, t('meeting.recordedAt', { when: formatDateTime(recordedAt) })) : null,
    h('p', {}, text),
    decisions.length ? h('div', { class: 'table-wrap' }, h('table', {},
      h('caption', {}, t('meeting.decisions')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('meeting.decision.what')),
        h('th', { scope: 'col' }, t('meeting.decision.why')), h('th', { scope: 'col' }, t('meeting.decision.who')))),
      h('tbody', {}, decisions.map(d => h('tr', {}, h('td', {}, d.what), h('td', {}, d.why), h('td', {}, d.who))))))
      : null);
}

/** One decision line: what was decided, why, who does it; the labels name the line (and the case, `scope`). */
function decisionRow(index: number, scope: string): HTMLFieldSetElement {
  const n = index + 1;
  const field = (part: 'what' | 'why' | 'who') => input({
    label: t(`meeting.decisionRow.${part}`, { n, scope }), field: `decisions[${index}].${part}` }).wrap;
  return h('fieldset', { class: 'decision-row', 'data-decision': String(index) },
    h('legend', {}, t('meeting.decisionRow.legend', { n, scope })), field('what'), field('why'), field('who'));
}

/** Minutes with decision lines (what / why / who): a line left empty is no decision, a line begun is finished. */
function minutesForm(label: string, scope: string, button: string,
                     send: (body: unknown) => Promise<void>): HTMLFormElement {
  const text = textarea({ label, field: 'text', required: true, rows: 5 });
  const rows = h('div', { class: 'decisions' }, decisionRow(0, scope));
  const add = h('button', { type: 'button', class: 'secondary' }, t('meeting.decisionAdd'));
  add.addEventListener('click', () => {
    const row = decisionRow(rows.children.length, scope);
    rows.append(row);
    row.querySelector<HTMLInputElement>('input')?.focus();
  });
  const form = h('form', { novalidate: true }, text.wrap,
    h('fieldset', {}, h('legend', {}, t('meeting.decisions')), rows, add),
    h('button', { type: 'submit', class: 'primary' }, button));
  form.addEventListener('submit', event => {
    event.preventDefault();
    clearErrors(form);
    const lines = [...rows.querySelectorAll<HTMLFieldSetElement>('[data-decision]')].map(row => {
      const controls = [...row.querySelectorAll<HTMLInputElement>('input')];
      return { controls, values: controls.map(c => c.value.trim()) };
    }).filter(line => line.values.some(Boolean));
    const errors = missing(form);
    lines.forEach(line => line.controls.forEach((control, i) => {
      if (!line.values[i]) errors.push({ field: control.dataset.field ?? '', message: t('error.required') });
    }));
    if (errors.length) return showErrors(form, errors);
    void whileSending(form, async () => {
      try {
        await send({ text: text.control.value.trim(),
          decisions: lines.map(({ values: [what, why, who] }) => ({ what, why, who })) });
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  return form;
}

/** Registers one of the reader's cases for the individual part (by its code; the service checks the deadline). */
function registerForm(path: string, cases: CaseView[], closed: boolean,
                      again: (text: string) => Promise<void>): HTMLElement {
  if (cases.length === 0) return h('p', {}, t('meeting.noCasesToRegister'));
  const which = select({ label: t('meeting.registerCase'), field: 'caseId', required: true,
    choices: [['', t('meeting.chooseCase')], ...cases.map(c => [c.id, c.caseCode] as [string, string])] });
  const form = h('form', { novalidate: true }, h('h3', {}, t('meeting.register')),
    closed ? h('p', { class: 'hint' }, t('meeting.deadlinePassedHint')) : null, which.wrap,
    h('button', { type: 'submit', class: 'primary' }, t('meeting.registerButton')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    clearErrors(form);
    const errors = missing(form);
    if (errors.length) return showErrors(form, errors);
    const code = which.control.selectedOptions[0]?.textContent ?? '';
    void whileSending(form, async () => {
      try {
        await api.post(`${path}/cases`, { caseId: which.control.value });
        await again(t('meeting.registered', { code }));
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  return form;
}

/** A de-identified case: a code and risk signs only, nothing that points out the youth; perhaps a returnee. */
function deIdentifiedForm(path: string, again: (text: string) => Promise<void>): HTMLFormElement {
  const code = input({ label: t('meeting.deId.code'), field: 'code', required: true, hint: t('meeting.deId.codeHint'),
    attrs: { autocomplete: 'off', spellcheck: 'false', maxlength: 20 } });
  const risks = choiceGroup({ legend: t('meeting.deId.risks'), field: 'riskIndicators', type: 'checkbox',
    required: true, choices: RISK_INDICATORS.map(r => [r, term(r)]) });
  const from = select({ label: t('meeting.deId.returneeFrom'), field: 'returnee.from', value: '',
    choices: [['', t('meeting.deId.notReturnee')], ...RETURN_FROM.map(f => [f, term(f)] as [string, string])] });
  const expected = input({ label: t('meeting.deId.expectedOn'), field: 'returnee.expectedOn', type: 'date',
    hint: t('meeting.deId.expectedOnHint') });
  const seek = choiceGroup({ legend: t('meeting.deId.consent'), field: 'seekConsent', type: 'checkbox',
    choices: [['yes', t('meeting.deId.seekConsent')]] });
  const form = h('form', { novalidate: true }, h('h4', {}, t('meeting.deId.add')), code.wrap, risks.wrap,
    from.wrap, expected.wrap, seek.wrap, h('button', { type: 'submit', class: 'primary' }, t('meeting.deId.button')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    clearErrors(form);
    const errors = missing(form);
    if (risks.values().length === 0) errors.push({ field: 'riskIndicators', message: t('error.chooseOne') });
    if (from.control.value && !expected.control.value) {
      errors.push({ field: 'returnee.expectedOn', message: t('error.required') });
    }
    if (errors.length) return showErrors(form, errors);
    const value = code.control.value.trim().toUpperCase();
    void whileSending(form, async () => {
      try {
        await api.post(`${path}/de-identified`, {
          code: value, riskIndicators: risks.values(), seekConsent: seek.values().length > 0,
          returnee: from.control.value ? { from: from.control.value, expectedOn: expected.control.value } : null,
        });
        await again(t('meeting.deId.added', { code: value }));
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  return form;
}
