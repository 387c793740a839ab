import { createSignal } from 'solid-js';

/**
 * A small History-API router: the path is a signal, links are plain <a href> intercepted here,
 * so every route is also a deep link the service worker can serve offline.
 */
const [path, setPath] = createSignal(normalise(location.pathname));
// The query travels with the path: forms read their signed link from it, reports their period.
const [search, setSearch] = createSignal(location.search);

export { path, search };

function normalise(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

export function navigate(to: string): void {
  const url = new URL(to, location.href);
  if (normalise(url.pathname) === path() && url.search === search()) return;
  history.pushState(null, '', `${url.pathname}${url.search}${url.hash}`);
  setSearch(url.search);
  setPath(normalise(url.pathname));
  window.scrollTo(0, 0);
}

export function installRouter(): () => void {
  const onPop = () => {
    setSearch(location.search);
    setPath(normalise(location.pathname));
  };
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    if (url.hash && url.pathname === location.pathname) return; // in-page jump (skip link)
    event.preventDefault();
    navigate(url.href);
  };
  window.addEventListener('popstate', onPop);
  document.addEventListener('click', onClick);
  return () => {
    window.removeEventListener('popstate', onPop);
    document.removeEventListener('click', onClick);
  };
}
