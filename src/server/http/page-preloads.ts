import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PUBLIC_READS } from '../../core/forms/public-reads';

/**
 * A page the server can name ahead from its address: the module Vite built its screen from, and the public reads
 * the screen makes before it can show.
 */
interface PreloadedPage {
  prefix: string;
  module: string;
  reads: readonly string[];
}

/**
 * A citizen's form from a poster link (its thanks screen is the same page). Its code arrives three rounds deep
 * (shell, screen, the screen's imports) and its reads wait for the shell; on a cheap phone's network every round
 * costs a round trip. Named in the page itself, all start with the page, and the browser's module loader and the
 * page's fetches take the answers already on their way. Static tags cost the page's main thread nothing (inserting
 * them from JavaScript did, see vite.config.ts).
 */
const PAGES: readonly PreloadedPage[] = [{ prefix: '/f/', module: 'src/app/routes/forms/citizen-form-route.tsx', reads: PUBLIC_READS }];

/** The shell's own entry in Vite's manifest (index.html already names its script and preloads). */
const SHELL_ENTRY = 'index.html';
const ASSET_FILE = /^assets\/[\w.-]+\.(js|css)$/;

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The <head> tags a page's address adds to the shell, or undefined for the plain shell. */
export type PageHeadTags = (urlPath: string) => string | undefined;

const plainShell: PageHeadTags = () => undefined;

/** Every chunk statically imported from these, themselves included (what loading them fetches). */
function staticClosure(manifest: Manifest, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const key = queue.pop()!;
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    queue.push(...(manifest[key].imports ?? []));
  }
  return seen;
}

function headTags(manifest: Manifest, page: PreloadedPage, shell: Set<string>): string | undefined {
  if (!manifest[page.module]) return undefined;
  const chunks = [...staticClosure(manifest, [page.module])].filter((key) => !shell.has(key));
  const shellCss = new Set([...shell].flatMap((key) => manifest[key]!.css ?? []));
  const scripts = chunks.map((key) => manifest[key]!.file).filter((file) => ASSET_FILE.test(file));
  const styles = [...new Set(chunks.flatMap((key) => manifest[key]!.css ?? []))].filter((file) => !shellCss.has(file) && ASSET_FILE.test(file));
  // The same request mode as the loaders that use them: module scripts, Vite's stylesheet links and the page's
  // fetch() are all CORS requests with same-origin credentials, which `crossorigin` asks for.
  // The reads first: the form shows when both its code and its data are in, and the data is the larger part.
  return [
    ...page.reads.map((path) => `<link rel="preload" as="fetch" crossorigin href="${path}">`),
    ...scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
    ...styles.map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
  ].join('');
}

/**
 * Reads the build's manifest (`build.manifest` in vite.config.ts) once and names, for each page above, the chunks
 * of its screen the shell does not load already. Without a manifest (a build without one) every page gets the
 * plain shell, which works the same, only later.
 */
export async function readPageHeadTags(root: string): Promise<PageHeadTags> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(root, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return plainShell;
  }
  const shell = staticClosure(manifest, [SHELL_ENTRY]);
  const byPrefix = PAGES.flatMap((page) => {
    const tags = headTags(manifest, page, shell);
    return tags ? [{ prefix: page.prefix, tags }] : [];
  });
  return (urlPath) => byPrefix.find((page) => urlPath.startsWith(page.prefix))?.tags;
}

/** The shell with a page's tags at the end of its <head>. */
export function withHeadTags(html: string, tags: string): string {
  const end = html.indexOf('</head>');
  return end < 0 ? html : `${html.slice(0, end)}${tags}${html.slice(end)}`;
}
