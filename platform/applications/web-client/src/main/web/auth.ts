import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';

// OIDC authorization code with PKCE against the configured identity provider, in the browser, with
// oidc-client-ts. The tokens stay in this tab's sessionStorage: gone when the tab closes, never in a
// cookie a cross-site request could carry. The provider's address comes from the gateway's
// /config.json (its environment, SSPF_OIDC_ISSUER), never from the build.

interface ClientConfig {
  issuer: string;
  clientId: string;
}

export interface Me {
  user: string;
  municipality: string;
  agency: string;
  roles: string[];
}

let manager: UserManager | null = null;
let provider = '';

/** The identity provider's address: the administrators' screen registers agency systems there. */
export function identityProvider(): string {
  return provider;
}

export async function startAuth(): Promise<void> {
  const response = await fetch('/config.json', { headers: { Accept: 'application/json' } });
  const config = (await response.json()) as ClientConfig;
  provider = config.issuer.replace(/\/$/, '');
  manager = new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${location.origin}/login/callback`,
    post_logout_redirect_uri: `${location.origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
}

function users(): UserManager {
  if (!manager) throw new Error('startAuth first');
  return manager;
}

export async function currentUser(): Promise<User | null> {
  const user = await users().getUser();
  return user && !user.expired ? user : null;
}

export async function accessToken(): Promise<string | null> {
  return (await currentUser())?.access_token ?? null;
}

function claims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(decodeURIComponent(escape(atob(payload)))) as Record<string, unknown>;
}

/** Who is signed in, from the access token's SSPF claims (the services decide again from the same token). */
export async function me(): Promise<Me | null> {
  const user = await currentUser();
  if (!user) return null;
  const c = claims(user.access_token);
  return {
    user: String(c.sub ?? ''),
    municipality: String(c.municipality ?? ''),
    agency: String(c.agency ?? ''),
    roles: Array.isArray(c.roles) ? c.roles.map(String) : [],
  };
}

/** To the identity provider's login; back to `path` afterwards. */
export async function login(path = location.pathname + location.search): Promise<void> {
  await users().signinRedirect({ state: { path } });
}

/** The token ran out (or was refused): log in again and come back here. */
export async function loginAgain(): Promise<void> {
  await users().removeUser();
  await login();
}

/** Completes the login on /login/callback; answers the path to go on to. */
export async function completeLogin(): Promise<string> {
  const user = await users().signinRedirectCallback();
  const state = user.state as { path?: string } | undefined;
  return state?.path && state.path.startsWith('/') && !state.path.startsWith('//') ? state.path : '/';
}

/** Ends the session here and at the identity provider, so that the next person at this computer logs in themselves. */
export async function logout(): Promise<void> {
  const user = await users().getUser();
  await users().removeUser();
  await users().signoutRedirect({ id_token_hint: user?.id_token });
}
