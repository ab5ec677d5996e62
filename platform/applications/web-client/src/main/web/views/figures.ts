import { api, ApiError } from '../api';
import type { Me } from '../auth';
import { h } from '../dom';
import { today } from '../forms';
import { formatDate, plural, t, term } from '../i18n';
import type { Commitments, Figures } from '../types';
import { section } from './common';

/** plan-service's figure: actions due so far, and how many of them were done on time (null: suppressed). */
type ActionFigures = { due: number | null; doneOnTime: number | null };

/** The steering group's figures: counts only, never a case or a person; small counts are suppressed by the service. */
export async function figuresView(main: HTMLElement, _who: Me): Promise<void> {
  let figures: Figures;
  let actions: ActionFigures | null = null;
  let commitments: Commitments | null = null;
  try {
    figures = (await api.get<Figures>('/api/cases/figures')).body;
    actions = (await api.get<ActionFigures>('/api/plans/figures').catch(() => null))?.body ?? null;
    commitments = (await api.get<Commitments>(`/api/plans/commitments?year=${today().substring(0, 4)}`)
      .catch(() => null))?.body ?? null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) {
      main.replaceChildren(h('h1', {}, t('figures.title')), h('p', {}, t('figures.onlySteering')));
      return;
    }
    throw error;
  }
  const n = figures.suppressedBelow;
  const count = (value: number | null | undefined) =>
    value === null || value === undefined ? t('figures.suppressed', { n }) : String(value);
  const table = (caption: string, column: string, values: Record<string, number | null>) =>
    h('div', { class: 'table-wrap' }, h('table', {},
      h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, column), h('th', { scope: 'col' }, t('figures.count')))),
      h('tbody', {}, Object.entries(values).map(([key, value]) =>
        h('tr', {}, h('th', { scope: 'row' }, term(key)), h('td', {}, count(value)))))));
  main.replaceChildren(
    h('h1', {}, t('figures.title')),
    h('p', { class: 'lead' }, t('figures.intro', { n })),
    section(t('figures.byStage'), table(t('figures.byStage'), t('figures.stage'), figures.casesByStage)),
    section(t('figures.byAgency'), table(t('figures.byAgency'), t('figures.agency'), figures.casesByInitiatingAgency)),
    section(t('figures.timeToConsent'), h('p', { class: 'figure' },
      figures.medianDaysFromProposalToConsent === null ? t('figures.suppressed', { n })
        : t('figures.days', { n: figures.medianDaysFromProposalToConsent }))),
    section(t('figures.actionsOnTime'), h('p', { class: 'figure' },
      !actions ? t('figures.notAvailable')
        : actions.due === null ? t('figures.suppressed', { n })
          : t('figures.actionsOnTimeValue', { done: count(actions.doneOnTime), due: actions.due,
            pct: actions.doneOnTime === null ? '–' : Math.round((100 * actions.doneOnTime) / actions.due) }))),
    section(t('figures.closed'), h('dl', { class: 'facts' },
      h('dt', {}, t('figures.closed')), h('dd', {}, count(figures.closed)),
      h('dt', {}, t('figures.closedWithPlan')), h('dd', {}, count(figures.closedWithPlanFollowed)))),
    ...(commitments ? commitmentsSections(commitments) : [section(t('figures.commitments.title', { year: '' }),
      h('p', {}, t('figures.notAvailable')))]));
}

/**
 * The follow-up of every agency's commitments: per tertial, its actions due, done on time, late and open; and the
 * escalation list of the agencies repeatedly late, for the steering group. Counts only; null is suppressed.
 */
function commitmentsSections(c: Commitments): HTMLElement[] {
  const count = (value: number | null) =>
    value === null ? t('figures.suppressed', { n: c.smallestShown }) : String(value);
  return [
    section(t('figures.commitments.title', { year: c.year }),
      h('p', {}, t('figures.commitments.intro', { n: c.smallestShown })),
      c.tertials.map(tertial => {
        const caption = t('figures.commitments.tertial', { n: tertial.tertial, from: formatDate(tertial.from),
          to: formatDate(tertial.to) });
        return [h('h3', {}, caption), tertial.agencies.length === 0 ? h('p', {}, t('figures.commitments.none'))
          : h('div', { class: 'table-wrap' }, h('table', {},
            h('caption', { class: 'visually-hidden' }, caption),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('figures.agency')),
              h('th', { scope: 'col' }, t('figures.commitments.due')),
              h('th', { scope: 'col' }, t('figures.commitments.onTime')),
              h('th', { scope: 'col' }, t('figures.commitments.late')),
              h('th', { scope: 'col' }, t('figures.commitments.open')))),
            h('tbody', {}, tertial.agencies.map(a => h('tr', {}, h('th', { scope: 'row' }, term(a.agency)),
              h('td', {}, count(a.due)), h('td', {}, count(a.doneOnTime)), h('td', {}, count(a.late)),
              h('td', {}, count(a.open)))))))];
      })),
    section(t('figures.escalation.title'),
      h('p', {}, t('figures.escalation.intro')),
      c.escalation.length === 0 ? h('p', {}, t('figures.escalation.none')) : h('ul', {}, c.escalation.map(e =>
        h('li', {}, h('strong', {}, term(e.agency)), ': ', t('figures.escalation.line', {
          tertials: plural('figures.tertials', e.lateTertials),
          late: e.late === null ? t('figures.suppressed', { n: c.smallestShown }) : plural('figures.actions', e.late),
        }))))),
  ];
}
