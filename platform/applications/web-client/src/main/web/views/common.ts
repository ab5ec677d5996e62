import { getOrNull } from '../api';
import { type Child, h } from '../dom';
import { formatDate, t } from '../i18n';
import type { Consent } from '../types';

/** The consent's state in one badge: valid until …, expired, revoked, ended, or none. Text, not colour alone. */
export function consentBadge(consent: Consent | null): HTMLElement {
  if (!consent) return h('span', { class: 'badge badge-none' }, t('consent.badge.none'));
  if (consent.status === 'REVOKED') return h('span', { class: 'badge badge-revoked' }, t('consent.badge.revoked'));
  if (consent.status === 'TORN_UP') return h('span', { class: 'badge badge-revoked' }, t('consent.badge.tornUp'));
  if (new Date(consent.expiresAt).getTime() <= Date.now()) {
    return h('span', { class: 'badge badge-expired' },
      t('consent.badge.expired', { date: formatDate(consent.validUntil) }));
  }
  return h('span', { class: 'badge badge-valid' }, t('consent.badge.valid', { date: formatDate(consent.validUntil) }));
}

export async function consentOf(consentId: string | null): Promise<Consent | null> {
  return consentId ? (await getOrNull<Consent>(`/api/consents/${consentId}`))?.body ?? null : null;
}

export function inForce(consent: Consent | null): boolean {
  return !!consent && consent.status === 'ACTIVE' && new Date(consent.expiresAt).getTime() > Date.now();
}

export function section(title: string, ...children: Child[]): HTMLElement {
  const id = `s-${Math.random().toString(36).slice(2, 8)}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), children);
}
