import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import type { Catalogue, Catalogues } from '../../core/catalogues';
import { readPublicFilter } from './public-filter';
import type { PublicView } from './public-view';
import { page, withLanguage, type Html, type PageFrame } from './rendicion-layout';
import { answerCard, answerList, commitmentList, eventFacts, figuresSection, filterForm, pastEvents, upcomingEvents, type SectionContext } from './rendicion-sections';
import { languageOf, rendicionText } from './rendicion-text';

/**
 * /rendicion: the public accountability pages, rendered here as plain HTML (no session, no JavaScript needed,
 * indexable). Only what PublicView returns is shown; something unpublished is a 404 page, like a wrong URL.
 */
export interface RendicionEntity {
  /** The entity's name, for the page frame. */
  name: () => string | undefined;
  /** The territories of its current settings, whose kinds title territory filters and tables. */
  territories: () => Pick<Catalogue, 'entries'>;
}

export function rendicionPages(view: PublicView, catalogues: Catalogues, now: () => Date, entity: RendicionEntity): Hono {
  const pages = new Hono();
  const framed = (frame: PageFrame) => page({ ...frame, entity: entity.name() });

  const contextOf = (c: Context): SectionContext => ({ language: languageOf(c.req.query('lang')), catalogues, territories: entity.territories() });
  const origin = (c: Context) => new URL(c.req.url).origin;
  // Revalidated on every visit (published things change); the service worker keeps a copy for offline.
  const send = (c: Context, body: Html, status: 200 | 404 = 200) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(body, status);
  };
  const pathWithQuery = (c: Context) => {
    const url = new URL(c.req.url);
    return `${url.pathname}${url.search}`;
  };

  const notFound = (c: Context) => {
    const ctx = contextOf(c);
    const t = rendicionText[ctx.language];
    const body = html`<h1>${t.notFound}</h1><p>${t.notFoundText}</p><p><a href="${withLanguage('/rendicion', ctx.language)}">${t.back}</a></p>`;
    return send(c, framed({ language: ctx.language, title: t.notFound, description: t.notFoundText, canonical: `${origin(c)}/rendicion`, path: pathWithQuery(c), body }), 404);
  };

  pages.get('/', async (c) => {
    const ctx = contextOf(c);
    const t = rendicionText[ctx.language];
    const filter = readPublicFilter(catalogues, c.req.query(), ctx.language);
    // A hand-edited query with an unknown code shows everything rather than an error page.
    const chosen = filter.ok ? filter.value : {};
    const [events, commitments, answers] = await Promise.all([view.events(), view.commitments(chosen), view.answers(chosen)]);
    const year = now().getUTCFullYear();
    const body = html`<h1>${t.title}</h1>
<p>${t.intro}</p>
<section aria-labelledby="proximos"><h2 id="proximos">${t.upcoming}</h2>${upcomingEvents(ctx, events.upcoming)}</section>
<section aria-labelledby="realizados"><h2 id="realizados">${t.past}</h2>${pastEvents(ctx, events.past)}</section>
<section aria-labelledby="compromisos"><h2 id="compromisos">${t.commitments}</h2>${filterForm(ctx, chosen)}${commitmentList(ctx, commitments)}</section>
<section aria-labelledby="preguntas"><h2 id="preguntas">${t.answers}</h2>${answerList(ctx, answers)}</section>
<section aria-labelledby="datos"><h2 id="datos">${t.openData}</h2><p>${t.openDataIntro}</p>
<ul>
<li><a href="/api/v1/public/open-data/compromisos.csv" download>${t.commitmentsCsv}</a></li>
<li><a href="/api/v1/public/open-data/compromisos-diccionario.csv" download>${t.commitmentsDictionary}</a></li>
<li><a href="/api/v1/open-data/period.csv?from=${year}-01-01&amp;to=${year}-12-31&amp;table=indicadores" download>${t.indicatorsCsv}</a></li>
<li><a href="/api/v1/open-data/dictionary.csv?table=indicadores" download>${t.indicatorsDictionary}</a></li>
</ul></section>`;
    return send(c, framed({ language: ctx.language, title: t.title, description: t.description, canonical: `${origin(c)}/rendicion`, path: pathWithQuery(c), body }));
  });

  pages.get('/eventos/:id', async (c) => {
    const detail = await view.event(c.req.param('id'));
    if (!detail) return notFound(c);
    const ctx = contextOf(c);
    const t = rendicionText[ctx.language];
    const { event } = detail;
    const body = html`<p><a href="${withLanguage('/rendicion', ctx.language)}">${t.back}</a></p>
<h1>${event.name}</h1>
${eventFacts(ctx, event)}
${event.registrationUrl ? html`<p><a class="button" href="${event.registrationUrl}">${t.register}</a></p>` : ''}
${detail.figures ? figuresSection(ctx, detail.figures) : ''}
<h2>${t.answers}</h2>${answerList(ctx, detail.answers)}
<h2>${t.commitments}</h2>${commitmentList(ctx, detail.commitments)}`;
    const canonical = `${origin(c)}/rendicion/eventos/${encodeURIComponent(event.id)}`;
    return send(c, framed({ language: ctx.language, title: event.name, description: `${t.memoria}: ${event.name}`, canonical, path: pathWithQuery(c), body }));
  });

  pages.get('/preguntas/:id', async (c) => {
    const answer = await view.answer(c.req.param('id'));
    if (!answer) return notFound(c);
    const ctx = contextOf(c);
    const t = rendicionText[ctx.language];
    const body = html`<p><a href="${withLanguage('/rendicion', ctx.language)}">${t.back}</a></p>
${answerCard(ctx, answer, { link: false, heading: 'h1' })}`;
    const canonical = `${origin(c)}/rendicion/preguntas/${encodeURIComponent(answer.id)}`;
    return send(c, framed({ language: ctx.language, title: `${t.question}`, description: answer.question.slice(0, 150), canonical, path: pathWithQuery(c), body }));
  });

  pages.get('*', notFound);
  return pages;
}
