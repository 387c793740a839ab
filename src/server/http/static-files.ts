import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Context, Handler } from 'hono';
import { problem } from '../../core/problems/problem';
import { problemResponse } from './problem-response';
import { cacheControlFor } from './cache-policy';
import { contentTypeOf } from './content-types';
import { resolveStaticPath } from './resolve-static-path';
import { compressedBody, pickEncoding } from './compressed-body';
import { readPageHeadTags, withHeadTags, type PageHeadTags } from './page-preloads';

/** A page's tags added to the shell it is served (page-preloads.ts), named in its etag so each variant caches apart. */
interface ShellTags {
  name: string;
  tags: string;
}

/**
 * Serves the built PWA. A path with no file is a deep link of the single-page app
 * (/asistencia), so it gets index.html (with the preloads of its page when it has some: a citizen's form);
 * except under /assets/, where a missing hashed file must fail loudly instead of handing HTML to a <script>.
 */
export function staticFiles(staticDir: string): Handler {
  const root = resolve(staticDir);
  const indexFile = join(root, 'index.html');
  // Read with the build's index.html, and again when that file changes (a new build in the same place): told by
  // the mtime of the stat serveFile makes anyway, so a navigation stats the shell once.
  let pageTags: { version: number; tags: Promise<PageHeadTags> } | undefined;
  const pageTagsOf = (version: number): Promise<PageHeadTags> => {
    if (pageTags?.version !== version) pageTags = { version, tags: readPageHeadTags(root) };
    return pageTags.tags;
  };
  void stat(indexFile).then((info) => pageTagsOf(info.mtimeMs), () => undefined);
  return async (c) => {
    const target = resolveStaticPath(root, new URL(c.req.url).pathname);
    if (target.kind === 'refused') return problemResponse(c, problem('request.invalid'));
    const served = await serveFile(c, target.file, target.urlPath);
    if (served) return served;
    if (target.urlPath.startsWith('/assets/')) return problemResponse(c, problem('resource.not_found'));
    const index = await serveFile(c, indexFile, '/index.html', async (info) => {
      const tags = (await pageTagsOf(info.mtimeMs))(target.urlPath);
      return tags === undefined ? undefined : { name: 'page', tags };
    });
    return index ?? problemResponse(c, problem('resource.not_found'));
  };
}

async function serveFile(c: Context, file: string, urlPath: string, shellTagsOf?: (info: Stats) => Promise<ShellTags | undefined>): Promise<Response | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const shellTags = await shellTagsOf?.(info);
  const variant = shellTags ? `-${shellTags.name}` : '';
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${variant}"`;
  const contentType = contentTypeOf(file);
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'Cache-Control': cacheControlFor(urlPath),
    ETag: etag,
    'Last-Modified': info.mtime.toUTCString(),
    Vary: 'Accept-Encoding',
  };
  if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
  const read = await readFile(file);
  const body = shellTags ? Buffer.from(withHeadTags(read.toString('utf8'), shellTags.tags)) : read;
  const encoding = pickEncoding(c.req.header('Accept-Encoding'), contentType, body.length);
  if (!encoding) return c.body(body, 200, headers);
  return c.body(compressedBody(`${file}:${etag}`, body, encoding), 200, { ...headers, 'Content-Encoding': encoding });
}
