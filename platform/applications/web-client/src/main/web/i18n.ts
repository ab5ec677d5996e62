import en from './messages/en.json';
import sv from './messages/sv.json';

// All texts of the client, in Swedish (the default) and English: one catalogue a language in
// messages/, each with the same three parts: `texts` (the screens' own texts, by key), `terms` (the
// names of the platform's vocabulary: agencies, categories, stages, …) and `rules` (the services'
// broken rules, problem+json `rule`). Both catalogues must have every key of both, or it is a type
// error, so the two cannot drift apart.

export type Lang = 'sv' | 'en';

const catalogues: Record<Lang, typeof sv & typeof en> = { sv, en };

type Key = keyof typeof sv.texts;

/** A broken rule said in the user's language, or null where none is known (the service's detail is shown then). */
export function ruleText(rule: string | undefined): string | null {
  const known: Record<string, string> = catalogues[current].rules;
  return rule ? known[rule] ?? null : null;
}

const STORAGE_KEY = 'sspf.lang';

let current: Lang = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
}

/** A text, with {name} placeholders filled in. */
export function t(key: Key, params: Record<string, string | number> = {}): string {
  const text: string = catalogues[current].texts[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The keys that come in plural forms: `{key}.one` and `{key}.other` (the forms both languages need). */
type PluralBase<K> = K extends `${infer Base}.one` ? (`${Base}.other` extends Key ? Base : never) : never;
type PluralKey = PluralBase<Key>;

/**
 * A text with a count, in the plural form the language's rules pick for it (Intl.PluralRules: "1 tertial",
 * "2 tertialer"); {n} is the count, other {name}s as in t().
 */
export function plural(key: PluralKey, n: number, params: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(locale()).select(n) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as Key, { ...params, n });
}

/** The name of a term of the platform's vocabulary (agency, category, stage, …); unknown terms as they are. */
export function term(code: string | null | undefined): string {
  if (!code) return '';
  const names: Record<string, string> = catalogues[current].terms;
  return names[code] ?? code;
}

const locale = () => (current === 'sv' ? 'sv-SE' : 'en-GB');

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = iso.length === 10 ? new Date(iso + 'T12:00:00') : new Date(iso);
  return date.toLocaleDateString(locale(),
    { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Europe/Stockholm' });
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(locale(),
    { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
}
