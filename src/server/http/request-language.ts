import type { Context } from 'hono';
import type { Language } from '../../core/problems/problem';

/**
 * The language a request asks for by Accept-Language ("en-US,en;q=0.9,es;q=0.5" → en): the first of Spanish and
 * English in the client's order of preference; Spanish, the wire's default, when it names neither.
 */
export function languageOfHeader(header: string | undefined): Language {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { primary: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => (entry.primary === 'es' || entry.primary === 'en') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.primary === 'en' ? 'en' : 'es';
}

export const requestLanguage = (c: Context): Language => languageOfHeader(c.req.header('accept-language'));
