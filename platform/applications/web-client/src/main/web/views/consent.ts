import { api } from '../api';
import type { Me } from '../auth';
import { h } from '../dom';
import { choiceGroup, fieldset, input, missing, select, showErrors, showProblem, textarea, today } from '../forms';
import { t, term } from '../i18n';
import { link } from '../router';
import { AGENCIES, CATEGORIES, type CaseView } from '../types';
import { caseView } from './case';
import { consentOf, inForce } from './common';

/** Whole years between a birth date and a day (both YYYY-MM-DD), or null while the birth date is incomplete. */
export function ageOn(birthDate: string, day: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * The consent form of appendix 2. It asks for what the signer rules need: under 18 the guardians
 * with custody and their signatures beside the youth's (or social services' maturity assessment),
 * from 18 the youth alone. The rules themselves are consent-service's: what it refuses is shown
 * next to the field it names.
 */
export async function consentView(main: HTMLElement, who: Me, caseId: string): Promise<void> {
  const { body: c } = await api.get<CaseView>(`/api/cases/${caseId}`);
  const existing = await consentOf(c.consentId);
  main.replaceChildren(h('p', {}, link(`/cases/${caseId}`, t('case.title', { code: c.caseCode }))),
    h('h1', {}, t('consentForm.title', { code: c.caseCode })));
  if (inForce(existing)) {
    main.append(h('p', { class: 'notice-error' }, t('consentForm.inForce')));
    return;
  }
  const idempotencyKey = crypto.randomUUID();

  const birth = input({ label: t('consentForm.birthDate'), field: 'youthBirthDate', type: 'date', required: true,
    hint: t('consentForm.birthDateHint') });
  const youthSigned = input({ label: t('consentForm.youthSignedOn'), field: 'signatures[0].signedOn', type: 'date',
    required: true, value: today() });
  const signersNote = h('p', { class: 'hint', 'aria-live': 'polite' }, t('consentForm.signersUnknown'));

  const guardians = [1, 2].map(n => {
    const ref = input({ label: t('consentForm.guardianRef'), field: `guardiansWithCustody[${n - 1}]`,
      hint: n === 2 ? t('consentForm.guardianRefHint') : undefined,
      attrs: { pattern: 'G-[0-9A-Za-z-]{6,64}', autocomplete: 'off' } });
    const signed = input({ label: t('consentForm.guardianSignedOn'), field: `signatures[${n}].signedOn`, type: 'date',
      value: today() });
    return { ref, signed, wrap: fieldset(t('consentForm.guardian', { n }), ref.wrap, signed.wrap) };
  });
  const useMaturity = h('input', { type: 'checkbox', id: 'use-maturity' });
  const assessedBy = input({ label: t('consentForm.assessedBy'), field: 'maturityAssessment.assessedBy',
    required: true });
  const assessedOn = input({ label: t('consentForm.assessedOn'), field: 'maturityAssessment.assessedOn', type: 'date',
    required: true, value: today() });
  const assessmentReason = textarea({ label: t('consentForm.assessmentReason'), field: 'maturityAssessment.reason',
    required: true });
  const maturity = fieldset(t('consentForm.maturity'), assessedBy.wrap, assessedOn.wrap, assessmentReason.wrap);
  maturity.setAttribute('data-field', 'maturityAssessment');
  maturity.setAttribute('data-group', 'true');
  const guardianPart = h('div', { class: 'guardian-part' },
    guardians.map(g => g.wrap),
    h('div', { class: 'choice' }, useMaturity, h('label', { for: 'use-maturity' }, t('consentForm.useMaturity'))),
    maturity);

  const signers = fieldset(t('consentForm.signers'), signersNote, youthSigned.wrap, guardianPart);
  signers.setAttribute('data-field', 'signatures');
  signers.setAttribute('data-group', 'true');

  const agencies = choiceGroup({ legend: t('consentForm.agencies'), field: 'scope.agencies', type: 'checkbox',
    required: true, choices: AGENCIES.map(a => [a, term(a)]), checked: [who.agency] });
  const categories = choiceGroup({ legend: t('consentForm.categories'), field: 'scope.categories', type: 'checkbox',
    required: true, choices: CATEGORIES.map(cat => [cat, term(cat)]) });
  const validFrom = input({ label: t('consentForm.validFrom'), field: 'validFrom', type: 'date', required: true,
    value: today() });
  const validUntil = input({ label: t('consentForm.validUntil'), field: 'validUntil', type: 'date', required: true,
    value: today(0, 6) });
  const research = choiceGroup({ legend: t('consentForm.researchQuestion'), field: 'researchFollowUp', type: 'radio',
    required: true, choices: [['true', t('consentForm.yes')], ['false', t('consentForm.no')]] });
  const handlerName = input({ label: t('consentForm.handlerName'), field: 'handler.name', required: true,
    attrs: { autocomplete: 'name' } });
  const handlerPhone = input({ label: t('consentForm.handlerPhone'), field: 'handler.phone', type: 'tel',
    required: true, attrs: { autocomplete: 'tel' } });
  const handlerAgency = select({ label: t('consentForm.handlerAgency'), field: 'handler.agency', required: true,
    value: who.agency, choices: AGENCIES.map(a => [a, term(a)]) });
  const formRef = input({ label: t('consentForm.signedFormRef'), field: 'signedFormRef', required: true });

  const refresh = () => {
    const age = ageOn(birth.control.value, youthSigned.control.value || today());
    signersNote.textContent = age === null ? t('consentForm.signersUnknown')
      : age >= 18 ? t('consentForm.signersAdult') : t('consentForm.signersUnder18');
    guardianPart.hidden = age === null || age >= 18;
    maturity.hidden = !useMaturity.checked;
  };
  birth.control.addEventListener('input', refresh);
  youthSigned.control.addEventListener('input', refresh);
  useMaturity.addEventListener('change', refresh);
  refresh();

  const form = h('form', { novalidate: true, class: 'consent-form' },
    h('p', { class: 'lead' }, t('consentForm.intro')),
    fieldset(t('consentForm.youth'), birth.wrap),
    signers,
    fieldset(t('consentForm.scope'), agencies.wrap, categories.wrap),
    fieldset(t('consentForm.validity'), validFrom.wrap, validUntil.wrap),
    fieldset(t('consentForm.research'), research.wrap),
    fieldset(t('consentForm.handler'), handlerName.wrap, handlerPhone.wrap, handlerAgency.wrap, formRef.wrap),
    h('button', { type: 'submit', class: 'primary' }, t('consentForm.submit')));
  main.append(form);

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const errors = missing(form);
    if (agencies.values().length === 0) errors.push({ field: 'scope.agencies', message: t('error.chooseOne') });
    if (categories.values().length === 0) errors.push({ field: 'scope.categories', message: t('error.chooseOne') });
    if (research.values().length === 0) errors.push({ field: 'researchFollowUp', message: t('error.choose') });
    if (errors.length) return showErrors(form, errors);

    const minor = !guardianPart.hidden;
    const named = minor ? guardians.filter(g => g.ref.control.value.trim()) : [];
    const signatures: Record<string, string>[] = [{ signer: 'YOUTH', signedOn: youthSigned.control.value }];
    if (minor && !useMaturity.checked) {
      named.filter(g => g.signed.control.value).forEach(g =>
        signatures.push({ signer: 'GUARDIAN', guardianRef: g.ref.control.value.trim(),
          signedOn: g.signed.control.value }));
    }
    // The service names fields by their place in the request: give each control that name.
    guardians.forEach((g, i) => {
      const place = named.indexOf(g) >= 0 ? named.indexOf(g) : i;
      g.ref.control.dataset.field = `terms.guardiansWithCustody[${place}]`;
    });
    const request = {
      caseId, youthRef: c.youthRef, youthBirthDate: birth.control.value,
      terms: {
        scope: { agencies: agencies.values(), invitedPersons: [], categories: categories.values() },
        validFrom: validFrom.control.value, validUntil: validUntil.control.value,
        guardiansWithCustody: named.map(g => g.ref.control.value.trim()),
        signatures,
        maturityAssessment: minor && useMaturity.checked ? {
          assessedBy: assessedBy.control.value, agency: 'SOCIAL_SERVICES', assessedOn: assessedOn.control.value,
          reason: assessmentReason.control.value,
        } : null,
        handler: {
          name: handlerName.control.value, phone: handlerPhone.control.value, agency: handlerAgency.control.value,
        },
        signedFormRef: formRef.control.value,
        researchFollowUp: research.values()[0] === 'true',
      },
    };
    try {
      const { body: registered } = await api.post<{ id: string }>('/api/consents', request,
        { 'Idempotency-Key': idempotencyKey });
      // case-service learns of the consent from its event (usually within a second): wait for it, so the case shows it.
      for (let i = 0; i < 30; i++) {
        if ((await api.get<CaseView>(`/api/cases/${caseId}`)).body.consentId === registered.id) break;
        await new Promise(resolve => setTimeout(resolve, 500));
      }
      history.pushState(null, '', `/cases/${caseId}`);
      await caseView(main, who, caseId, t('consentForm.saved'));
      main.querySelector<HTMLElement>('[role=status]')?.setAttribute('tabindex', '-1');
      main.querySelector<HTMLElement>('[role=status]')?.focus();
    } catch (error) {
      showProblem(form, error);
    }
  });
}

/** Revocation: who withdraws (the youth or a guardian who signed) and why. */
export async function revokeView(main: HTMLElement, who: Me, caseId: string): Promise<void> {
  const { body: c } = await api.get<CaseView>(`/api/cases/${caseId}`);
  const consent = await consentOf(c.consentId);
  main.replaceChildren(h('p', {}, link(`/cases/${caseId}`, t('case.title', { code: c.caseCode }))),
    h('h1', {}, t('revoke.title', { code: c.caseCode })));
  if (!consent || !inForce(consent)) {
    main.append(h('p', {}, t('revoke.nothing')));
    return;
  }
  const by = choiceGroup({ legend: t('revoke.by'), field: 'revokedBy', type: 'radio', required: true,
    choices: [['YOUTH', t('revoke.byYouth')], ['GUARDIAN', t('revoke.byGuardian')]] });
  const guardian = select({ label: t('revoke.guardian'), field: 'guardianRef', required: true,
    choices: consent.guardiansWithCustody.map(g => [g, g]) });
  guardian.wrap.hidden = true;
  by.controls.forEach(control => control.addEventListener('change', () => {
    guardian.wrap.hidden = by.values()[0] !== 'GUARDIAN' || consent.guardiansWithCustody.length === 0;
  }));
  const reason = textarea({ label: t('revoke.reason'), field: 'reason', required: true });
  const form = h('form', { novalidate: true },
    h('p', { class: 'lead' }, t('revoke.intro')), by.wrap, guardian.wrap, reason.wrap,
    h('button', { type: 'submit', class: 'primary danger' }, t('revoke.submit')));
  main.append(form);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const errors = missing(form);
    if (by.values().length === 0) errors.push({ field: 'revokedBy', message: t('error.choose') });
    if (errors.length) return showErrors(form, errors);
    try {
      await api.post(`/api/consents/${consent.id}/revocation`, {
        revokedBy: by.values()[0], guardianRef: guardian.wrap.hidden ? null : guardian.control.value,
        reason: reason.control.value,
      });
      history.pushState(null, '', `/cases/${caseId}`);
      await caseView(main, who, caseId, t('revoke.done'));
    } catch (error) {
      showProblem(form, error);
    }
  });
}
