import { accessToken, loginAgain } from './auth';
import { ruleText, t } from './i18n';

/** A field the service named as at fault (problem+json `errors[].field`, or `field` with a broken `rule`). */
export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  rule?: string;
  field?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }

  get status(): number {
    return this.problem.status;
  }

  /** Every field the problem names, whether from bean validation or from a broken domain rule. */
  fieldErrors(): FieldError[] {
    // Bean validation's messages are the server's (English): a word of ours first, theirs in brackets.
    // A broken rule names its field twice (field and errors[]): it is shown once, in the rule's own words.
    const errors = (this.problem.errors ?? [])
      .filter(e => e.field !== this.problem.field)
      .map(e => ({ field: e.field, message: `${t('error.invalid')} (${e.message})` }));
    if (this.problem.field) {
      const message = ruleText(this.problem.rule) ?? this.problem.detail ?? this.problem.rule ?? '';
      errors.push({ field: this.problem.field, message });
    }
    return errors;
  }
}

export interface Result<T> {
  body: T;
  etag: string | null;
}

async function call<T>(
  method: string, path: string, body?: unknown, headers: Record<string, string> = {},
): Promise<Result<T>> {
  const token = await accessToken();
  if (!token) {
    await loginAgain();
    throw new ApiError({ status: 401, title: 'login needed' });
  }
  const response = await fetch(path, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json, application/problem+json, text/html',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    await loginAgain();
  }
  if (!response.ok) {
    let problem: Problem = { status: response.status };
    try {
      problem = { ...(await response.json()), status: response.status };
    } catch {
      // no problem+json body (a proxy's page, say): the status says enough
    }
    throw new ApiError(problem);
  }
  const type = response.headers.get('Content-Type') ?? '';
  const parsed = response.status === 204 ? null : type.includes('json') ? await response.json() : await response.text();
  return { body: parsed as T, etag: response.headers.get('ETag') };
}

export const api = {
  get: <T>(path: string) => call<T>('GET', path),
  post: <T>(path: string, body: unknown, headers?: Record<string, string>) => call<T>('POST', path, body, headers),
  put: <T>(path: string, body: unknown, headers?: Record<string, string>) => call<T>('PUT', path, body, headers),
  delete: (path: string) => call<null>('DELETE', path),
};

/** A GET that answers null for 404 (something that does not exist, or not for this reader). */
export async function getOrNull<T>(path: string): Promise<Result<T> | null> {
  try {
    return await api.get<T>(path);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
