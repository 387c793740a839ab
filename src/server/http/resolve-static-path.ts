import { resolve, sep } from 'node:path';

export type StaticPath =
  | { kind: 'file'; urlPath: string; file: string }
  | { kind: 'refused' };

/**
 * Maps a URL path to a file inside `root`, refusing anything that would leave it
 * (`..%2f`, encoded backslashes, NUL) or touch dotfiles other than .well-known. The URL parser has already
 * collapsed plain `/../`; the decoded path is checked again because `%2f` is not collapsed.
 */
export function resolveStaticPath(root: string, rawPathname: string): StaticPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return { kind: 'refused' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused' };
  const segments = decoded.split('/');
  if (segments.some((s) => s.startsWith('.') && s !== '.well-known')) return { kind: 'refused' };
  const urlPath = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const file = resolve(root, `.${urlPath}`);
  if (!file.startsWith(root + sep)) return { kind: 'refused' };
  return { kind: 'file', urlPath, file };
}
