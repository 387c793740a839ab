import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';

// A test builds two versions and tells them apart by this id (shown under /acerca).
const buildId = process.env.CABILDO_BUILD_ID || new Date().toISOString().replace(/\D/g, '').slice(0, 14);
// Only the drain benchmark builds with hooks; in every other build the hook code is dropped.
const debugHooks = process.env.CABILDO_DEBUG_HOOKS === '1';

const THEME = '#0b3d91';

type ModuleInfoLike = { importedIds: readonly string[] } | null;
type ChunkingContext = { getModuleInfo(id: string): ModuleInfoLike };
const fromRoot = (relative: string): string => new URL(relative, import.meta.url).pathname;

function staticClosure(roots: readonly string[], ctx: ChunkingContext): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * The domain code a citizen's form imports (src/core and zod), the shell's aside, in one chunk: split by which
 * screens share each module it came in 16 small files, and on a cheap phone's network each file is a round
 * trip (Lighthouse FCP about 0.5 s later with them). src/core is pure, so a staff screen that imports a part of it
 * loads the rest of it with no other effect. Kept per build (a build's module info objects are its own).
 */
const citizenCoreByBuild = new WeakMap<object, Set<string>>();
function citizenCoreChunk(id: string, ctx: ChunkingContext): string | null {
  const route = fromRoot('src/app/routes/forms/citizen-form-route.tsx');
  const routeInfo = ctx.getModuleInfo(route);
  if (!routeInfo) return null;
  let members = citizenCoreByBuild.get(routeInfo);
  if (!members) {
    const shell = staticClosure([fromRoot('index.html'), fromRoot('src/app/main.tsx')], ctx);
    const pure = (m: string) => m.startsWith(fromRoot('src/core/')) || m.includes('/node_modules/zod/');
    members = new Set([...staticClosure([route], ctx)].filter((m) => pure(m) && !shell.has(m)));
    citizenCoreByBuild.set(routeInfo, members);
  }
  return members.has(id) ? 'citizen-core' : null;
}

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
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Not its dependencies: those the shell has stay in the shell's chunk.
          groups: [{ name: citizenCoreChunk, includeDependenciesRecursively: false }],
        },
      },
    },
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
