import { lockedKioskPath } from './kiosk-flag';

const here = () => `${location.pathname}${location.search}`;

/**
 * A device locked as a kiosk shows its kiosk form and nothing else. Installed when the route table loads,
 * before the router: an address typed or a page reloaded goes back to the kiosk, and the back button
 * is stopped before the router can render the screen it points at. Leaving needs the PIN (kiosk route).
 */
export function installKioskGuard(): void {
  const locked = lockedKioskPath();
  if (locked !== undefined && here() !== locked) {
    // Nothing of the screen asked for may show while the kiosk reloads.
    document.documentElement.style.visibility = 'hidden';
    location.replace(locked);
  }
  window.addEventListener('popstate', (event) => {
    const path = lockedKioskPath();
    if (path === undefined || here() === path) return;
    event.stopImmediatePropagation();
    history.pushState(null, '', path);
  });
}
