import { html, raw } from 'hono/html';
import { rendicionText, type RendicionLanguage } from './rendicion-text';

/** A fragment of escaped HTML (strings interpolated into `html` are escaped; fragments are not). */
export type Html = ReturnType<typeof html>;

export interface PageFrame {
  language: RendicionLanguage;
  /** The page's own title (the site name is appended). */
  title: string;
  description: string;
  /** Absolute URL of this page in Spanish, without filters; each language's page is its own canonical. */
  canonical: string;
  /** Path of this page with its query, for the language switch. */
  path: string;
  body: Html;
  /** Who publishes: the entity's name from its settings ("Alcaldía de Cartagena"). */
  entity?: string;
}

/** Links keep the reader's language: Spanish is the default and carries no parameter. */
export const withLanguage = (path: string, language: RendicionLanguage): string =>
  language === 'es' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=en`;

// Inline (raw: it is our constant, and escaping would break its quotes and '>' selectors): one request fewer on a slow phone, and the CSP allows inline styles (security-headers.ts).
// Colours meet WCAG AA contrast on white (the PWA's theme #0b3d91; greys ≥ 4.5:1).
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
a{color:#0b3d91}
a:focus-visible,button:focus-visible,select:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
header{background:#0b3d91;color:#fff;padding:1rem}
header a{color:#fff}
.top{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;max-width:60rem;margin:0 auto}
.top p{margin:0;font-weight:600}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.2;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:2px solid #0b3d91}
h3{font-size:1.1rem;margin:0 0 .25rem}
ul.cards{list-style:none;padding:0;margin:0}
.cards>li{border:1px solid #8a8a8a;border-radius:.5rem;padding:.75rem;margin:.75rem 0}
dl{margin:.25rem 0}
dt{font-weight:600;margin-top:.35rem}dd{margin:0}
@media (min-width:40rem){dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .75rem}dt{margin:0}}
.muted{color:#4d4d4d}
.status{display:inline-block;padding:0 .5rem;border-radius:1rem;border:1px solid currentColor;font-weight:600}
.s-vencido{color:#a30000}.s-cumplido{color:#1b5e20}.s-en_curso{color:#0b3d91}.s-pendiente{color:#4d4d4d}
.bar{height:.6rem;background:#e0e0e0;border-radius:.3rem;overflow:hidden;margin:.25rem 0}
.bar>span{display:block;height:100%;background:#0b3d91}
form.filters{display:grid;gap:.5rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));align-items:end;background:#f2f4f8;padding:.75rem;border-radius:.5rem}
label{display:block;font-weight:600}
select,button{font:inherit;min-height:44px;width:100%;padding:.25rem}
button{background:#0b3d91;color:#fff;border:0;border-radius:.25rem}
.button{display:inline-block;min-height:44px;padding:.6rem 1rem;background:#0b3d91;color:#fff;border-radius:.25rem;text-decoration:none;font-weight:600}
blockquote{margin:.25rem 0;padding-left:.75rem;border-left:4px solid #8a8a8a}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem;border-bottom:1px solid #8a8a8a}
td.n{text-align:right}
footer{max-width:60rem;margin:2rem auto;padding:1rem;color:#4d4d4d;font-size:.9rem}
`;

/** The whole document: language, title, description, canonical and alternates for search engines. */
export function page(frame: PageFrame): Html {
  const t = rendicionText[frame.language];
  const other: RendicionLanguage = frame.language === 'es' ? 'en' : 'es';
  const otherPath = other === 'es' ? frame.path.replace(/[?&]lang=en/, '').replace(/^([^?]*)&/, '$1?') : withLanguage(frame.path, 'en');
  return html`<!doctype html>
<html lang="${t.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} · ${t.title} · ${frame.entity ?? 'Cabildo'}</title>
<meta name="description" content="${frame.description}">
<link rel="canonical" href="${withLanguage(frame.canonical, frame.language)}">
<link rel="alternate" hreflang="es-CO" href="${frame.canonical}">
<link rel="alternate" hreflang="en" href="${withLanguage(frame.canonical, 'en')}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<meta name="theme-color" content="#0b3d91">
<style>${raw(STYLE)}</style>
<script src="/rendicion-offline.js" defer></script>
</head>
<body>
<a class="skip" href="#contenido">${t.skip}</a>
<header><div class="top"><p><a href="${withLanguage('/rendicion', frame.language)}">${frame.entity ? html`${frame.entity} · ` : ''}${t.title}</a></p><a href="${otherPath}" hreflang="${other}" lang="${other}" aria-label="${t.otherLanguageLabel}">${t.otherLanguage}</a></div></header>
<main id="contenido" tabindex="-1">
${frame.body}
</main>
<footer><p>${t.privacy}</p></footer>
</body>
</html>`;
}
