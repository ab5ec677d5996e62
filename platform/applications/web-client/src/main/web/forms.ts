import { ApiError, FieldError } from './api';
import { type Child, h, uid } from './dom';
import { ruleText, t } from './i18n';

// Form parts that are accessible by construction: every control has a real <label>, groups are
// fieldsets with legends, hints and errors are linked with aria-describedby, and after a failed
// submit the focus moves to the first field at fault. Each control names the request field it fills
// (data-field, e.g. "terms.validUntil" or "actions[2].goal") so that the services' problem+json,
// which names the fields at fault, can put each message next to its field.

interface FieldOptions {
  label: string;
  field: string;
  type?: string;
  value?: string;
  required?: boolean;
  hint?: string;
  attrs?: Record<string, string | number | boolean>;
}

export function input(options: FieldOptions): { wrap: HTMLElement; control: HTMLInputElement } {
  const id = uid('f');
  const hintId = options.hint ? `${id}-hint` : null;
  const control = h('input', {
    id, name: options.field, type: options.type ?? 'text', value: options.value ?? '', 'data-field': options.field,
    'aria-required': options.required ? 'true' : null, 'aria-describedby': hintId, ...(options.attrs ?? {}),
  });
  return { wrap: field(id, options, hint(options, hintId), control), control };
}

export function textarea(options: FieldOptions & { rows?: number }):
  { wrap: HTMLElement; control: HTMLTextAreaElement } {
  const id = uid('f');
  const hintId = options.hint ? `${id}-hint` : null;
  const control = h('textarea', {
    id, name: options.field, rows: options.rows ?? 3, 'data-field': options.field,
    'aria-required': options.required ? 'true' : null, 'aria-describedby': hintId,
  });
  control.value = options.value ?? '';
  return { wrap: field(id, options, hint(options, hintId), control), control };
}

export function select(options: FieldOptions & { choices: [string, string][] }):
  { wrap: HTMLElement; control: HTMLSelectElement } {
  const id = uid('f');
  const control = h('select',
    { id, name: options.field, 'data-field': options.field, 'aria-required': options.required ? 'true' : null },
    options.choices.map(([value, text]) => h('option', { value, selected: value === options.value }, text)));
  return { wrap: field(id, options, control), control };
}

/** A field's div: its label (with the required mark), then the rest (the hint, if any, and the control). */
function field(id: string, options: FieldOptions, ...rest: Child[]): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: id }, options.label, requiredMark(options.required)), rest);
}

/** The hint under a label; the control names it in aria-describedby. */
function hint(options: FieldOptions, hintId: string | null): HTMLElement | null {
  return options.hint ? h('p', { class: 'hint', id: hintId }, options.hint) : null;
}

/** The asterisk after a required field's label or legend (the control itself says aria-required). */
function requiredMark(required: boolean | undefined): HTMLElement | null {
  return required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null;
}

interface ChoiceOptions {
  legend: string;
  field: string;
  type: 'checkbox' | 'radio';
  choices: [string, string][];
  checked?: string[];
  required?: boolean;
}

/** A group of checkboxes (or radios) in a fieldset with its legend; the fieldset carries the field name for errors. */
export function choiceGroup(options: ChoiceOptions):
  { wrap: HTMLFieldSetElement; values: () => string[]; controls: HTMLInputElement[] } {
  const name = uid('g');
  const controls: HTMLInputElement[] = [];
  const wrap = h('fieldset', { class: 'choices', 'data-field': options.field, 'data-group': 'true' },
    h('legend', {}, options.legend, requiredMark(options.required)),
    options.choices.map(([value, text]) => {
      const id = uid('c');
      const control = h('input',
        { id, type: options.type, name, value, checked: options.checked?.includes(value) ?? false });
      controls.push(control);
      return h('div', { class: 'choice' }, control, h('label', { for: id }, text));
    }));
  return { wrap, controls, values: () => controls.filter(c => c.checked).map(c => c.value) };
}

export function fieldset(legend: string, ...children: (Node | null | false)[]): HTMLFieldSetElement {
  return h('fieldset', {}, h('legend', {}, legend), children);
}

/** Clears the errors a form shows. */
export function clearErrors(form: HTMLElement): void {
  form.querySelectorAll('.error, .error-summary').forEach(e => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach(e => {
    e.removeAttribute('aria-invalid');
    const describedBy = (e.getAttribute('aria-describedby') ?? '').split(' ')
      .filter(id => id && !id.endsWith('-error'));
    if (describedBy.length) e.setAttribute('aria-describedby', describedBy.join(' '));
    else e.removeAttribute('aria-describedby');
  });
}

/** The form's element for a field the service named: exact, then without indices, then the nearest enclosing field. */
function elementFor(form: HTMLElement, field: string): HTMLElement | null {
  const candidates = [field, field.replace(/^terms\./, ''), `terms.${field}`];
  for (const candidate of candidates) {
    let name = candidate;
    while (name) {
      const found = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`)
        ?? form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name.replace(/\[\d+\]/g, ''))}"]`);
      if (found && !found.closest('[hidden]')) return found;
      const first = form.querySelector<HTMLElement>(`[data-field^="${CSS.escape(name)}["]`);
      if (first && !first.closest('[hidden]')) return first;
      const cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('['));
      name = cut > 0 ? name.substring(0, cut) : '';
    }
  }
  return null;
}

/**
 * Shows each error next to its field (linked with aria-describedby, aria-invalid), a summary with
 * links at the top, and moves the focus to the first field at fault.
 */
export function showErrors(form: HTMLElement, errors: FieldError[], general?: string): void {
  clearErrors(form);
  const items: HTMLElement[] = [];
  let first: HTMLElement | null = null;
  for (const error of errors) {
    const target = elementFor(form, error.field);
    if (!target) {
      items.push(h('li', {}, error.message));
      continue;
    }
    const isGroup = target.dataset.group === 'true';
    const focusable = isGroup ? target.querySelector<HTMLElement>('input, select, textarea') : target;
    const id = target.id ? `${target.id}-error` : `${uid('e')}-error`;
    if (!document.getElementById(id)) {
      const message = h('p', { class: 'error', id },
        h('span', { class: 'visually-hidden' }, `${t('error.prefix')} `), error.message);
      if (isGroup) target.querySelector('legend')!.after(message);
      else target.before(message);
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', [target.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    }
    const link = h('a', { href: `#${focusable?.id ?? ''}` }, `${labelOf(target)}: ${error.message}`);
    link.addEventListener('click', event => { event.preventDefault(); focusable?.focus(); });
    items.push(h('li', {}, link));
    first = first ?? focusable;
  }
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' },
    h('p', {}, general ?? t('error.summary')), items.length ? h('ul', {}, items) : null);
  form.prepend(summary);
  (first ?? summary).focus();
}

function labelOf(target: HTMLElement): string {
  if (target.dataset.group === 'true') return target.querySelector('legend')?.firstChild?.textContent ?? '';
  const label = target.id ? document.querySelector(`label[for="${target.id}"]`) : null;
  return label?.firstChild?.textContent ?? target.getAttribute('aria-label') ?? '';
}

/** Client-side check of the required fields, with the same presentation as the service's errors. */
export function missing(form: HTMLElement): FieldError[] {
  const errors: FieldError[] = [];
  form.querySelectorAll<HTMLElement>('[aria-required="true"]').forEach(control => {
    if (control.closest('[hidden]')) return;
    const value = (control as HTMLInputElement).value;
    if (!value || !value.trim()) errors.push({ field: control.dataset.field ?? '', message: t('error.required') });
  });
  return errors;
}

/** Puts a failed request's problem on the form: the fields it names, or its detail. */
export function showProblem(form: HTMLElement, error: unknown): void {
  if (error instanceof ApiError) {
    const fields = error.fieldErrors();
    if (error.status === 412 || error.status === 428) showErrors(form, [], t('error.conflict'));
    else if (error.status === 503) showErrors(form, [], t('error.unavailable'));
    // A refusal that names no field (a conflict, say) is said by its type's rule, where the catalogue knows it.
    else showErrors(form, fields, fields.length ? undefined
      : ruleText(error.problem.type?.split('/').pop()) ?? error.message);
  } else {
    showErrors(form, [], String(error));
  }
}

/** The next step of a YYYY-MM-DD date in Europe/Stockholm. */
export function today(plusDays = 0, plusMonths = 0): string {
  const now = new Date();
  const here = new Date(now.toLocaleString('en-US', { timeZone: 'Europe/Stockholm' }));
  here.setMonth(here.getMonth() + plusMonths);
  here.setDate(here.getDate() + plusDays);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${here.getFullYear()}-${two(here.getMonth() + 1)}-${two(here.getDate())}`;
}

/**
 * Runs a form's request with its submit buttons disabled (and aria-busy on the form), so that a second click
 * cannot send it twice; they are enabled again whatever the outcome.
 */
export async function whileSending(form: HTMLFormElement, task: () => Promise<void>): Promise<void> {
  const buttons = [...form.querySelectorAll<HTMLButtonElement>('button[type=submit]')];
  buttons.forEach(button => { button.disabled = true; });
  form.setAttribute('aria-busy', 'true');
  try {
    await task();
  } finally {
    buttons.forEach(button => { button.disabled = false; });
    form.removeAttribute('aria-busy');
  }
}

/** A date (YYYY-MM-DD) and a time (HH:MM) on Swedish clocks, as the instant it is (whatever the browser's zone). */
export function stockholmInstant(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const asIfUtc = Date.UTC(y, m - 1, d, hh, mm);
  // Sweden's offset then: what its clocks read at that instant, less the instant.
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Stockholm', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(asIfUtc)).map(part => [part.type, part.value]));
  const read = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour),
    Number(parts.minute));
  return new Date(asIfUtc - (read - asIfUtc)).toISOString();
}
