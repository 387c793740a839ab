// The public page /rendicion has no app bundle: this file only makes it work offline after one visit.
// It installs Cabildo's service worker (which keeps /rendicion pages NetworkFirst, src/app/sw.ts) and stores
// this very page now, since the visit that installs the worker is not seen by it.
if ('serviceWorker' in navigator && 'caches' in window) {
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js').catch(function () {});
    caches.open('rendicion-pages').then(function (cache) {
      return cache.add(location.pathname + location.search);
    }).catch(function () {});
  });
}
