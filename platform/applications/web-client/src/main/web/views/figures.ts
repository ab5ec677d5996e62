import { api, ApiError } from '../api';
import type { Me } from '../auth';
import { h } from '../dom';
import { t, term } from '../i18n';
import type { Figures } from '../types';
import { section } from './common';

/** plan-service's figure: actions due so far, and how many of them were done on time (null: suppressed). */
type ActionFigures = { due: number | null; doneOnTime: number | null };

/** The steering group's figures: counts only, never a case or a person; small counts are suppressed by the service. */
export async function figuresView(main: HTMLElement, _who: Me): Promise<void> {
  let figures: Figures;
  let actions: ActionFigures | null = null;
  try {
    figures = (await api.get<Figures>('/api/cases/figures')).body;
    actions = (await api.get<ActionFigures>('/api/plans/figures').catch(() => null))?.body ?? null;
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
      h('dt', {}, t('figures.closedWithPlan')), h('dd', {}, count(figures.closedWithPlanFollowed)))));
}
