import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';

// A test builds two versions and tells them apart by this id (shown under /acerca).
const buildId = process.env.CABILDO_BUILD_ID || new Date().toISOString().replace(/\D/g, '').slice(0, 14);
// Only the drain benchmark builds with hooks; in every other build the hook code is dropped.
const debugHooks = process.env.CABILDO_DEBUG_HOOKS === '1';

const THEME = '#0b3d91';

// The chunks of a citizen's pages (form from a poster link, kiosk, "Mis preguntas"): see modulePreload below.
const CITIZEN_PAGE_CHUNK = /\/(citizen-form|kiosk|tracking)-route-[^/]*\.js$/;

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
    // Every lazy import carries the list of files to fetch with it, and the lists of the whole route table travel
    // in the shell a citizen's phone downloads first (about 4 KB gzip of file names). A citizen's page keeps its
    // list, so its form arrives in one round; other lazy chunks keep only their CSS (which must load with them)
    // and fetch their imports as they meet them, from the precache after the first visit.
    modulePreload: {
      resolveDependencies: (filename, deps, { hostType }) =>
        hostType === 'html' || CITIZEN_PAGE_CHUNK.test(filename) ? deps : deps.filter((dep) => dep.endsWith('.css')),
    },
  },
  // The decoding worker is a module worker: zxing-wasm's loader uses import.meta, which classic workers lack.
  worker: {
    format: 'es',
  },
});
