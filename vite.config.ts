import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';

// A test builds two versions and tells them apart by this id (shown under /acerca).
const buildId = process.env.CABILDO_BUILD_ID || new Date().toISOString().replace(/\D/g, '').slice(0, 14);
// Only the drain benchmark builds with hooks; in every other build the hook code is dropped.
const debugHooks = process.env.CABILDO_DEBUG_HOOKS === '1';

const THEME = '#0b3d91';

export default defineConfig({
  plugins: [
    solid(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/app',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      // Icons and favicon are precached through globPatterns below (listing them here too doubles them).
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Cabildo — Rendición de cuentas',
        short_name: 'Cabildo',
        description: 'Asistencia y participación ciudadana en la rendición de cuentas, también sin conexión.',
        lang: 'es-CO',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: THEME,
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // wasm: ZXing-C++ for the door's camera (src/app/scan/decode-worker.ts), served by us, never a CDN.
        globPatterns: ['**/*.{js,css,html,svg,png,wasm}'],
      },
    }),
  ],
  define: {
    __CABILDO_BUILD_ID__: JSON.stringify(buildId),
    __CABILDO_DEBUG_HOOKS__: JSON.stringify(debugHooks),
  },
  build: {
    target: 'es2022',
    // .vite/manifest.json: the server names a citizen's form's chunks in the page it serves for /f/* (page-preloads.ts).
    manifest: true,
    // Every lazy import would carry the list of files to fetch with it, and the lists of the whole route table
    // travel in the shell a citizen's phone downloads first (about 4 KB gzip of file names). Lazy chunks keep only
    // their CSS (which must load with them) and fetch their imports as they meet them (three rounds deep for the
    // citizen's form), from the precache after the first visit. The citizen's form kept its list until
    // 2026-12-03: inserting its 27 preload links cost a cheap phone's main thread ~160 ms at 4x CPU (Lighthouse
    // TBT 289 -> 149 ms without them, performance 89 -> 94, `npm run bench -- form-load`). The server now names
    // them as static tags in the page it serves for /f/* (src/server/http/page-preloads.ts), at no such cost.
    modulePreload: {
      resolveDependencies: (_filename, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css'))),
    },
  },
  // The decoding worker is a module worker: zxing-wasm's loader uses import.meta, which classic workers lack.
  worker: {
    format: 'es',
  },
});
