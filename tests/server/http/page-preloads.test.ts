import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempServer, type TempServer } from '../support/temp-server';
import { PUBLIC_READS } from '../../../src/core/forms/public-reads';

// A build in miniature, as Vite writes it: the shell's entry, a shared helper it preloads, the citizen form's
// screen two imports deep (one shared with the shell), and a staff screen.
const MANIFEST = {
  'index.html': { file: 'assets/index-aaa.js', src: 'index.html', isEntry: true, imports: ['_helper-bbb.js'], css: ['assets/index-aaa.css'] },
  '_helper-bbb.js': { file: 'assets/helper-bbb.js' },
  'src/app/routes/forms/citizen-form-route.tsx': {
    file: 'assets/citizen-form-route-ccc.js',
    isDynamicEntry: true,
    imports: ['index.html', '_helper-bbb.js', '_form-session-ddd.js'],
    dynamicImports: ['_forms-services-fff.js'],
    css: ['assets/forms-ccc.css'],
  },
  '_form-session-ddd.js': { file: 'assets/form-session-ddd.js', imports: ['_schemas-eee.js', 'index.html'] },
  '_schemas-eee.js': { file: 'assets/schemas-eee.js' },
  '_forms-services-fff.js': { file: 'assets/forms-services-fff.js', imports: ['_schemas-eee.js'] },
  'src/app/routes/door/events-route.tsx': { file: 'assets/events-route-ggg.js', isDynamicEntry: true, imports: ['index.html'] },
};
const INDEX = '<!doctype html><html><head><title>Cabildo</title><script type="module" crossorigin src="/assets/index-aaa.js"></script></head><body><div id="app"></div></body></html>';

let server: TempServer;
let bare: TempServer;
beforeAll(async () => {
  server = await startTempServer();
  const dir = join(server.root, 'static');
  await mkdir(join(dir, '.vite'), { recursive: true });
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.html'), INDEX);
  await writeFile(join(dir, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
  for (const chunk of Object.values(MANIFEST)) {
    await writeFile(join(dir, chunk.file), chunk.file.endsWith('.js') ? 'export {};' : '');
    for (const css of 'css' in chunk ? chunk.css : []) await writeFile(join(dir, css), 'body{}');
  }
  // A build without a manifest: every page gets the plain shell.
  bare = await startTempServer();
  await mkdir(join(bare.root, 'static'), { recursive: true });
  await writeFile(join(bare.root, 'static', 'index.html'), INDEX);
});
afterAll(async () => {
  await server.dispose();
  await bare.dispose();
});

const linkTags = (html: string): string[] => [...html.matchAll(/<link [^>]*>/g)].map((m) => m[0]);
const hrefs = (html: string, rel: string): string[] =>
  linkTags(html).filter((tag) => tag.includes(`rel="${rel}"`)).map((tag) => /href="([^"]+)"/.exec(tag)![1]!);

const POSTER_LINK = '/f/escuchadero?e=audiencia-2026&s=firma';

describe('the page served for a citizen form (/f/*) names its screen ahead', () => {
  it('preloads every chunk of the form screen the shell does not load, its stylesheet and its public reads', async () => {
    const response = await fetch(server.url + POSTER_LINK);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = await response.text();
    expect(hrefs(html, 'modulepreload').sort()).toEqual(['/assets/citizen-form-route-ccc.js', '/assets/form-session-ddd.js', '/assets/schemas-eee.js']);
    expect(hrefs(html, 'preload').filter((href) => href.endsWith('.css'))).toEqual(['/assets/forms-ccc.css']);
    expect(hrefs(html, 'preload').filter((href) => href.startsWith('/api/'))).toEqual([...PUBLIC_READS]);
    // Same request mode as the loaders that take them over (module scripts, stylesheet links, fetch()).
    for (const tag of linkTags(html)) expect(tag).toContain(' crossorigin ');
    expect(linkTags(html).filter((tag) => tag.includes('as="fetch"'))).toHaveLength(PUBLIC_READS.length);
    // In the head, before the shell's own script runs; the rest of the shell as built.
    expect(html.indexOf('rel="modulepreload"')).toBeLessThan(html.indexOf('</head>'));
    expect(html.replace(/<link [^>]*>/g, '')).toBe(INDEX);
  });

  it('points only at files the server serves', async () => {
    const html = await (await fetch(server.url + POSTER_LINK)).text();
    for (const href of [...hrefs(html, 'modulepreload'), ...hrefs(html, 'preload').filter((h) => h.startsWith('/assets/'))]) {
      expect((await fetch(server.url + href)).status, href).toBe(200);
    }
  });

  it('keeps the preloaded page apart in caches: its own etag, and 304 only for its own', async () => {
    const citizen = await fetch(server.url + POSTER_LINK);
    const plain = await fetch(`${server.url}/eventos`);
    const etag = citizen.headers.get('etag')!;
    expect(etag).not.toBe(plain.headers.get('etag'));
    expect((await fetch(server.url + POSTER_LINK, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await fetch(`${server.url}/eventos`, { headers: { 'If-None-Match': etag } })).status).toBe(200);
  });
});

describe('every other page gets the plain shell', () => {
  it.each(['/', '/index.html', '/eventos', '/escuchadero', '/kiosco/escuchadero', '/seguimiento', '/formularios/escuchadero/resultados'])('%s', async (path) => {
    const html = await (await fetch(server.url + path)).text();
    expect(html).toBe(INDEX);
  });

  it('a build without a manifest serves the plain shell to a citizen form too', async () => {
    expect(await (await fetch(bare.url + POSTER_LINK)).text()).toBe(INDEX);
  });

  it('reads the manifest again when a new build replaces the shell in the same place', async () => {
    const dir = join(bare.root, 'static');
    expect(await (await fetch(bare.url + POSTER_LINK)).text()).toBe(INDEX);
    await mkdir(join(dir, '.vite'), { recursive: true });
    await writeFile(join(dir, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
    // The new build's index.html: same bytes, a later modification time.
    const later = new Date(Date.now() + 60_000);
    await utimes(join(dir, 'index.html'), later, later);
    expect(hrefs(await (await fetch(bare.url + POSTER_LINK)).text(), 'modulepreload')).toContain('/assets/schemas-eee.js');
  });

  it('never serves the manifest itself', async () => {
    expect((await fetch(`${server.url}/.vite/manifest.json`)).status).toBe(400);
  });
});
