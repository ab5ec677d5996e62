import { api, getOrNull } from '../api';
import type { Me } from '../auth';
import { h, status, uid } from '../dom';
import { fieldset, input, missing, select, showErrors, showProblem, textarea, today } from '../forms';
import { formatDate, t, term } from '../i18n';
import { link } from '../router';
import { AGENCIES, CATEGORIES, type CaseView, type Plan } from '../types';
import { section } from './common';

/**
 * The case's action plan: the editor laid out like appendix 3 when there is none, else the plan, its
 * follow-up and the family's copy.
 */
export async function planView(main: HTMLElement, who: Me, caseId: string, saved?: string): Promise<void> {
  const { body: c } = await api.get<CaseView>(`/api/cases/${caseId}`);
  const found = await getOrNull<Plan>(`/api/plans/${caseId}`);
  main.replaceChildren(h('p', {}, link(`/cases/${caseId}`, t('case.title', { code: c.caseCode }))));
  if (!found) {
    const coordinates = c.participants.some(p => p.ref === who.user && p.role === 'COORDINATOR');
    if (coordinates && c.status === 'ACTIVE') {
      editor(main, who, c);
    } else {
      main.append(h('h1', {}, t('plan.title', { code: c.caseCode })), h('p', {}, t('plan.none')),
        h('p', {}, t('plan.noneYet')));
    }
    return;
  }
  showPlan(main, who, c, found.body, found.etag, saved);
}

interface Row {
  area: string;
  tr: HTMLTableRowElement;
  controls: Record<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;
}

function editor(main: HTMLElement, who: Me, c: CaseView): void {
  const rows: Row[] = [];
  const agreedOn = input({ label: t('plan.agreedOn'), field: 'agreedOn', type: 'date', required: true,
    value: today() });
  const present = textarea({ label: t('plan.present'), field: 'present', required: true, rows: 4 });
  const mainGoal = textarea({ label: t('plan.mainGoal'), field: 'mainGoal', required: true, rows: 2 });
  const commitments: Record<string, HTMLTextAreaElement> = {};
  const participantsOf = (agency: string) => c.participants.filter(p => p.agency === agency).map(p => p.ref);

  const areaBlocks = CATEGORIES.map(area => {
    const legendId = uid('area');
    const tbody = h('tbody', {});
    const addRow = () => {
      const n = rows.filter(r => r.area === area).length + 1;
      const rowName = t('plan.row', { area: term(area), n });
      const cell = (control: HTMLElement) => h('td', {}, control);
      const labelled = <E extends HTMLElement>(e: E, column: string): E => {
        e.setAttribute('aria-label', `${column} (${rowName})`);
        return e;
      };
      const controls = {
        goal: labelled(h('textarea', { rows: 2, 'data-field': 'goal', 'aria-required': 'true' }), t('plan.goal')),
        actions: labelled(h('textarea', { rows: 2, 'data-field': 'actions', 'aria-required': 'true' }),
          t('plan.actions')),
        person: labelled(h('input', { type: 'text', 'data-field': 'responsible.person', 'aria-required': 'true' }),
          t('plan.responsiblePerson')),
        agency: labelled(h('select', { 'data-field': 'responsible.agency' },
          AGENCIES.map(a => h('option', { value: a, selected: a === who.agency }, term(a)))),
          t('plan.responsibleAgency')),
        participantRef: labelled(h('input', { type: 'text', 'data-field': 'responsible.participantRef' }),
          t('plan.participantRef')),
        dueOn: labelled(h('input', { type: 'date', 'data-field': 'dueOn', 'aria-required': 'true', value: today(28) }),
          t('plan.due')),
        step: labelled(h('input', {
          type: 'number', min: 1, max: 99, 'data-field': 'step', value: n, 'aria-required': 'true', class: 'narrow',
        }), t('plan.step')),
        documentation: labelled(h('textarea', { rows: 2, 'data-field': 'documentation', 'aria-required': 'true' }),
          t('plan.documentation')),
      };
      // A participant of the agency chosen, offered as the responsible person's user id (reminders reach them).
      const suggest = () => {
        const refs = participantsOf(controls.agency.value);
        const chosen = controls.participantRef.value;
        if (!chosen || !c.participants.some(p => p.ref === chosen && p.agency === controls.agency.value)) {
          controls.participantRef.value = refs[0] ?? '';
        }
      };
      controls.agency.addEventListener('change', suggest);
      suggest();
      const remove = h('button',
        { type: 'button', class: 'link-button', 'aria-label': t('plan.removeRow', { n, area: term(area) }) },
        t('plan.remove'));
      const tr = h('tr', {}, cell(controls.goal), cell(controls.actions),
        h('td', {}, controls.person, controls.agency, controls.participantRef),
        cell(controls.dueOn), cell(controls.step),
        cell(controls.documentation), cell(remove));
      const row: Row = { area, tr, controls };
      remove.addEventListener('click', () => {
        rows.splice(rows.indexOf(row), 1);
        tr.remove();
        add.focus();
      });
      rows.push(row);
      tbody.append(tr);
      return row;
    };
    const add = h('button', { type: 'button', class: 'secondary' }, t('plan.addRow', { area: term(area) }));
    add.addEventListener('click', () => addRow().controls.goal.focus());
    const commitment = textarea({ label: `${t('plan.commitment')} (${term(area)})`, field: `commitments.${area}`,
      rows: 2 });
    commitments[area] = commitment.control;
    return h('fieldset', { class: 'area', 'data-area': area },
      h('legend', { id: legendId }, term(area)),
      h('div', { class: 'table-wrap' }, h('table', { class: 'plan-table' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('plan.goal')), h('th', { scope: 'col' }, t('plan.actions')),
          h('th', { scope: 'col' }, t('plan.responsible')), h('th', { scope: 'col' }, t('plan.due')),
          h('th', { scope: 'col' }, t('plan.step')), h('th', { scope: 'col' }, t('plan.documentation')),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('plan.remove'))))),
        tbody)),
      add, commitment.wrap);
  });

  const followDate = input({ label: t('plan.followUpDate'), field: 'followUp.date', type: 'date', required: true,
    value: today(42) });
  const followTime = input({ label: t('plan.followUpTime'), field: 'followUp.time', type: 'time', required: true,
    value: '14:00' });
  const followPlace = input({ label: t('plan.followUpPlace'), field: 'followUp.place', required: true });
  const acute = input({ label: t('plan.acuteContact'), field: 'acuteContact', required: true });

  const form = h('form', { novalidate: true, class: 'plan-form' },
    h('p', { class: 'lead' }, t('plan.intro')),
    fieldset(t('plan.header'), agreedOn.wrap, present.wrap, mainGoal.wrap),
    areaBlocks,
    fieldset(t('plan.followUp'), followDate.wrap, followTime.wrap, followPlace.wrap, acute.wrap),
    h('button', { type: 'submit', class: 'primary' }, t('plan.submit')));
  main.append(h('h1', {}, t('plan.new', { code: c.caseCode })), form);

  form.addEventListener('submit', async event => {
    event.preventDefault();
    // Each row's controls are named by their place in the request, as the service names them in its errors.
    rows.forEach((row, i) => Object.values(row.controls).forEach(control => {
      control.dataset.field = `actions[${i}].${control.dataset.field!.replace(/^actions\[\d+\]\./, '')}`;
    }));
    const errors = missing(form);
    if (errors.length) return showErrors(form, errors);
    const request = {
      agreedOn: agreedOn.control.value,
      present: present.control.value.split('\n').map(s => s.trim()).filter(Boolean),
      mainGoal: mainGoal.control.value,
      actions: rows.map(row => ({
        area: row.area, goal: row.controls.goal.value, actions: row.controls.actions.value,
        responsible: {
          person: row.controls.person.value, agency: row.controls.agency.value,
          participantRef: row.controls.participantRef.value || null,
        },
        dueOn: row.controls.dueOn.value, step: Number(row.controls.step.value),
        documentation: row.controls.documentation.value,
      })),
      commitments: CATEGORIES.filter(a => commitments[a].value.trim())
        .map(a => ({ area: a, text: commitments[a].value.trim() })),
      followUp: { date: followDate.control.value, time: followTime.control.value, place: followPlace.control.value },
      acuteContact: acute.control.value,
    };
    try {
      await api.post(`/api/plans/${c.id}`, request, { 'Idempotency-Key': crypto.randomUUID() });
      await planView(main, who, c.id, t('plan.saved'));
    } catch (error) {
      showProblem(form, error);
    }
  });
}

function showPlan(main: HTMLElement, who: Me, c: CaseView, plan: Plan, etag: string | null, saved?: string): void {
  const header = plan.header;
  const actions = plan.areas.flatMap(a => a.actions);
  const print = h('button', { type: 'button', class: 'secondary', 'aria-describedby': 'print-hint' }, t('plan.print'));
  print.addEventListener('click', async () => {
    // The family's copy is HTML the service renders; it needs the bearer token, so it is fetched and shown from memory.
    const tab = window.open('', '_blank');
    const { body } = await api.get<string>(`/api/plans/${c.id}/print`);
    const url = URL.createObjectURL(new Blob([body], { type: 'text/html;charset=utf-8' }));
    if (tab) tab.location.href = url; else location.href = url;
  });
  const isAuthor = c.participants.some(p => p.ref === who.user && p.role === 'COORDINATOR');
  const shown = plan.areas.filter(a => a.actions.length || a.commitments.length);
  main.append(...[
    h('h1', {}, t('plan.title', { code: c.caseCode })),
    saved ? status(saved) : null,
    h('p', {}, t('plan.version', { n: plan.version }), plan.overdueActions > 0
      ? [' · ', h('strong', { class: 'overdue' }, t('plan.overdueCount', { n: plan.overdueActions }))] : null),
    header ? section(t('plan.header'), h('dl', { class: 'facts' },
      h('dt', {}, t('plan.agreedOn')), h('dd', {}, formatDate(header.agreedOn)),
      h('dt', {}, t('plan.present').replace(/ \(.*\)$/, '')), h('dd', {}, header.present.join(', ')),
      h('dt', {}, t('plan.mainGoal')), h('dd', {}, header.mainGoal),
      header.followUp ? [h('dt', {}, t('plan.followUp')),
        h('dd', {}, `${formatDate(header.followUp.date)} ${header.followUp.time}, ${header.followUp.place}`)] : null,
      h('dt', {}, t('plan.acuteContact')), h('dd', {}, header.acuteContact))) : null,
    h('p', { class: 'not-shared' }, t('case.notShared')),
    shown.length ? shown.map(areaView) : h('p', {}, t('plan.noRows')),
    isAuthor ? h('p', {}, print, ' ', h('span', { id: 'print-hint', class: 'hint' }, t('plan.printHint'))) : null,
    isAuthor && !plan.closed && actions.length ? followUpForm(main, who, c, plan, etag) : null,
  ].flat().filter((x): x is HTMLElement => !!x));
}

/** One area of the plan as the reader may see it: its rows, then the youth's own commitment. */
function areaView(area: Plan['areas'][number]): HTMLElement {
  const columns = [t('plan.step'), t('plan.goal'), t('plan.actions'), t('plan.responsible'), t('plan.due'),
    t('plan.documentation'), t('plan.status')];
  return section(term(area.area),
    area.actions.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'plan-table' },
      h('thead', {}, h('tr', {}, columns.map(col => h('th', { scope: 'col' }, col)))),
      h('tbody', {}, area.actions.map(a => h('tr', {},
        h('td', {}, String(a.step)), h('td', {}, a.goal), h('td', {}, a.actions),
        h('td', {}, `${a.responsible.person} (${term(a.responsible.agency)})`),
        h('td', {}, formatDate(a.dueOn)), h('td', {}, a.documentation),
        h('td', {}, term(a.status), a.overdue ? [' ', h('strong', { class: 'overdue' }, t('plan.overdue'))] : null))))))
      : null,
    area.commitments.length
      ? [h('h3', {}, t('plan.commitment')), h('ul', {}, area.commitments.map(x => h('li', {}, x)))] : null);
}

function followUpForm(main: HTMLElement, who: Me, c: CaseView, plan: Plan, etag: string | null): HTMLElement {
  const heldOn = input({ label: t('plan.heldOn'), field: 'heldOn', type: 'date', required: true, value: today() });
  const checks = plan.areas.flatMap(a => a.actions).map((a, i) => ({
    id: a.id,
    outcome: select({ label: t('plan.check', { goal: a.goal }), field: `checks[${i}].outcome`,
      value: a.status === 'DONE' ? 'DONE' : 'NOT_DONE',
      choices: [['DONE', term('DONE')], ['NOT_DONE', term('NOT_DONE')]] }),
  }));
  const decision = select({ label: t('plan.decision'), field: 'decision', required: true, value: 'CONTINUE',
    choices: [['CONTINUE', term('CONTINUE')], ['CLOSE', term('CLOSE')]] });
  const nextDate = input({ label: t('plan.followUpDate'), field: 'nextFollowUp.date', type: 'date', required: true,
    value: today(84) });
  const nextTime = input({ label: t('plan.followUpTime'), field: 'nextFollowUp.time', type: 'time', required: true,
    value: '14:00' });
  const nextPlace = input({ label: t('plan.followUpPlace'), field: 'nextFollowUp.place', required: true,
    value: plan.header?.followUp?.place ?? '' });
  const next = fieldset(t('plan.nextFollowUp'), nextDate.wrap, nextTime.wrap, nextPlace.wrap);
  decision.control.addEventListener('change', () => { next.hidden = decision.control.value !== 'CONTINUE'; });
  const form = h('form', { novalidate: true }, heldOn.wrap, checks.map(x => x.outcome.wrap), decision.wrap, next,
    h('button', { type: 'submit', class: 'primary' }, t('plan.recordFollowUp')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const errors = missing(form);
    if (errors.length) return showErrors(form, errors);
    try {
      await api.post(`/api/plans/${c.id}/follow-ups`, {
        reviewedVersion: plan.version, heldOn: heldOn.control.value,
        checks: checks.map(x => ({ actionId: x.id, outcome: x.outcome.control.value })),
        decision: decision.control.value,
        nextFollowUp: decision.control.value === 'CONTINUE'
          ? { date: nextDate.control.value, time: nextTime.control.value, place: nextPlace.control.value } : null,
      }, etag ? { 'If-Match': etag } : {});
      main.replaceChildren();
      await planView(main, who, c.id, t('plan.followUpSaved'));
    } catch (error) {
      showProblem(form, error);
    }
  });
  return section(t('plan.recordFollowUp'), form);
}
