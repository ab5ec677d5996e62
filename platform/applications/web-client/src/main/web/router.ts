import { h } from './dom';

// Moving between the app's paths (history API) without reloading the page. The views link with it;
// the shell (main.ts) says, once, what to do when the path has changed, so that nothing here needs
// the shell or the views.

let changed: () => void = () => {};

/** What to do after navigate() has changed the path: the shell renders the new route. */
export function onNavigate(listener: () => void): void {
  changed = listener;
}

/** Goes to a path of the app without reloading the page. */
export function navigate(path: string): void {
  history.pushState(null, '', path);
  changed();
}

/** A link within the app. */
export function link(path: string, text: string, attrs: Record<string, string> = {}): HTMLAnchorElement {
  const a = h('a', { href: path, ...attrs }, text);
  a.addEventListener('click', event => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(path);
  });
  return a;
}
