import { html } from 'hono/html';
import { entryName, type Catalogue, type Catalogues } from '../../core/catalogues';
import { isSuppressed, type PublishedCount } from '../../core/indicators/publish-breakdown';
import type { PublicAnswer, PublicCommitment, PublicEvent, PublicFigures, PublicFilter } from '../../core/publication';
import { BOGOTA_TIME_ZONE } from '../../core/time';
import { withLanguage, type Html } from './rendicion-layout';
import { rendicionText, territoryWords, type RendicionLanguage } from './rendicion-text';

/** What every section needs: the language, the catalogues to name codes, and the current territories to title them. */
export interface SectionContext {
  language: RendicionLanguage;
  catalogues: Catalogues;
  territories: Pick<Catalogue, 'entries'>;
}

const textOf = (ctx: SectionContext) => ({ ...rendicionText[ctx.language], ...territoryWords(ctx.language, ctx.territories) });

/** A catalogue entry's name in the reader's language (the code when the catalogue no longer has it). */
export function nameOf(ctx: SectionContext, catalogue: Catalogue, code: string | undefined | null): string {
  if (!code) return '';
  const entry = catalogue.entries.find((e) => e.code === code);
  return (ctx.language === 'en' ? entry?.nameEn : undefined) ?? entryName(catalogue, code) ?? code;
}

const dateTime = (ctx: SectionContext, at: string) =>
  new Intl.DateTimeFormat(textOf(ctx).locale, { dateStyle: 'long', timeStyle: 'short', timeZone: BOGOTA_TIME_ZONE }).format(new Date(at));
// Calendar dates (YYYY-MM-DD) are days, not instants: formatted at noon UTC so no time zone moves them.
export const day = (ctx: SectionContext, date: string) =>
  new Intl.DateTimeFormat(textOf(ctx).locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T12:00:00Z`));

export function eventFacts(ctx: SectionContext, event: PublicEvent): Html {
  const t = textOf(ctx);
  return html`<dl>
<dt>${t.when}</dt><dd>${dateTime(ctx, event.startsAt)}</dd>
${event.place ? html`<dt>${t.place}</dt><dd>${event.place}</dd>` : ''}
<dt>${t.territory}</dt><dd>${nameOf(ctx, ctx.catalogues.territories, event.territory)}</dd>
<dt>${t.modality}</dt><dd>${t.modalities[event.modality]}</dd>
${event.onlineUrl ? html`<dt>${t.online}</dt><dd><a href="${event.onlineUrl}" rel="noopener">${event.onlineUrl}</a></dd>` : ''}
<dt>${t.interpreter}</dt><dd>${event.lscInterpreterBooked ? t.yes : t.no}</dd>
</dl>`;
}

export function upcomingEvents(ctx: SectionContext, events: readonly PublicEvent[]): Html {
  const t = textOf(ctx);
  if (events.length === 0) return html`<p>${t.noUpcoming}</p>`;
  return html`<ul class="cards">${events.map(
    (event) => html`<li><h3>${event.name}</h3>${eventFacts(ctx, event)}${
      event.registrationUrl ? html`<p><a class="button" href="${event.registrationUrl}">${t.register}<span class="vh"> — ${event.name}</span></a></p>` : ''
    }</li>`,
  )}</ul>`;
}

export function pastEvents(ctx: SectionContext, events: readonly PublicEvent[]): Html {
  const t = textOf(ctx);
  if (events.length === 0) return html`<p>${t.noPast}</p>`;
  return html`<ul class="cards">${events.map(
    (event) => html`<li><h3><a href="${withLanguage(`/rendicion/eventos/${encodeURIComponent(event.id)}`, ctx.language)}">${event.name}</a></h3>
<p class="muted">${dateTime(ctx, event.startsAt)} · ${nameOf(ctx, ctx.catalogues.territories, event.territory)}</p></li>`,
  )}</ul>`;
}

function commitmentCard(ctx: SectionContext, commitment: PublicCommitment, headingLevel: 'h3' | 'h4'): Html {
  const t = textOf(ctx);
  const title = headingLevel === 'h3' ? html`<h3>${commitment.title}</h3>` : html`<h4>${commitment.title}</h4>`;
  return html`<li>${title}
${commitment.description ? html`<p>${commitment.description}</p>` : ''}
<p><span class="status s-${commitment.status}">${t.statuses[commitment.status]}</span> · ${t.progress}: ${commitment.percent} %</p>
<div class="bar" aria-hidden="true"><span style="width:${commitment.percent}%"></span></div>
<dl>
<dt>${t.office}</dt><dd>${nameOf(ctx, ctx.catalogues.offices, commitment.office)}</dd>
<dt>${t.due}</dt><dd>${day(ctx, commitment.dueDate)}</dd>
${commitment.territory ? html`<dt>${t.territory}</dt><dd>${nameOf(ctx, ctx.catalogues.territories, commitment.territory)}</dd>` : ''}
${commitment.topic ? html`<dt>${t.topic}</dt><dd>${nameOf(ctx, ctx.catalogues.topics, commitment.topic)}</dd>` : ''}
</dl>
${
  commitment.updates.length === 0
    ? ''
    : html`<details><summary>${t.history} (${commitment.updates.length})</summary><ul>${commitment.updates.map(
        (u) => html`<li>${day(ctx, u.date)} — ${u.percent} %: ${u.text}${u.evidenceUrl ? html` (<a href="${u.evidenceUrl}" rel="noopener">${t.evidence}</a>)` : ''}</li>`,
      )}</ul></details>`
}</li>`;
}

export function commitmentList(ctx: SectionContext, commitments: readonly PublicCommitment[], headingLevel: 'h3' | 'h4' = 'h3'): Html {
  if (commitments.length === 0) return html`<p>${textOf(ctx).noCommitments}</p>`;
  return html`<ul class="cards">${commitments.map((c) => commitmentCard(ctx, c, headingLevel))}</ul>`;
}

export function answerCard(ctx: SectionContext, answer: PublicAnswer, options: { link: boolean; heading: 'h3' | 'h1' }): Html {
  const t = textOf(ctx);
  const kind = t.types[answer.type] ?? answer.type;
  const place = [nameOf(ctx, ctx.catalogues.territories, answer.territory), nameOf(ctx, ctx.catalogues.topics, answer.topic)].filter((x) => x !== '').join(' · ');
  const heading = options.heading === 'h1' ? html`<h1>${kind}: ${place}</h1>` : html`<h3>${kind}: ${place}</h3>`;
  return html`${heading}
<p><strong>${t.question}:</strong></p><blockquote>${answer.question}</blockquote>
<p><strong>${t.answer}</strong> <span class="muted">(${t.answeredOn} ${day(ctx, answer.answeredAt)})</span>:</p><blockquote>${answer.answer}</blockquote>
${options.link ? html`<p><a href="${withLanguage(`/rendicion/preguntas/${encodeURIComponent(answer.id)}`, ctx.language)}">${t.readAnswer}<span class="vh"> (${kind}, ${place})</span></a></p>` : ''}`;
}

export function answerList(ctx: SectionContext, answers: readonly PublicAnswer[]): Html {
  if (answers.length === 0) return html`<p>${textOf(ctx).noAnswers}</p>`;
  return html`<ul class="cards">${answers.map((a) => html`<li>${answerCard(ctx, a, { link: true, heading: 'h3' })}</li>`)}</ul>`;
}

function select(ctx: SectionContext, name: string, label: string, catalogue: Catalogue, chosen: string | undefined): Html {
  const t = textOf(ctx);
  return html`<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}">
<option value="">${t.all}</option>${catalogue.entries.map(
    (e) => html`<option value="${e.code}"${chosen === e.code ? html` selected` : ''}>${nameOf(ctx, catalogue, e.code)}</option>`,
  )}</select></div>`;
}

/** A plain GET form: filtering works without JavaScript, and a filtered page has its own URL. */
export function filterForm(ctx: SectionContext, filter: PublicFilter): Html {
  const t = textOf(ctx);
  return html`<form class="filters" method="get" action="/rendicion#compromisos" aria-label="${t.filters}">
${ctx.language === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
${select(ctx, 'territorio', t.territory, ctx.catalogues.territories, filter.territory)}
${select(ctx, 'dependencia', t.office, ctx.catalogues.offices, filter.office)}
${select(ctx, 'tema', t.topic, ctx.catalogues.topics, filter.topic)}
<div><button type="submit">${t.apply}</button></div>
</form>
${filter.territory || filter.office || filter.topic ? html`<p><a href="${withLanguage('/rendicion', ctx.language)}#compromisos">${t.clear}</a></p>` : ''}`;
}

const countText = (ctx: SectionContext, value: PublishedCount) => (isSuppressed(value) ? textOf(ctx).suppressed : String(value));

export function figuresSection(ctx: SectionContext, figures: PublicFigures): Html {
  const t = textOf(ctx);
  const mean = figures.satisfaction.mean === null ? t.noData : figures.satisfaction.mean.toFixed(1);
  const rows = figures.byTerritory.filter((cell) => isSuppressed(cell.value) || cell.value > 0);
  return html`<h2>${t.figures}</h2>
<dl>
<dt>${t.attendance}</dt><dd>${figures.attendance}</dd>
<dt>${t.satisfaction}</dt><dd>${mean} <span class="muted">(${figures.satisfaction.responses} ${t.evaluations})</span></dd>
<dt>${t.messages}</dt><dd>${figures.escuchadero.received} / ${figures.escuchadero.answered}</dd>
<dt>${t.interpreterRequests}</dt><dd>${countText(ctx, figures.interpreterRequests)}</dd>
<dt>${t.commitmentCount}</dt><dd>${figures.commitments}</dd>
</dl>
${
  rows.length === 0
    ? ''
    : html`<table><caption>${t.byTerritory}</caption><thead><tr><th scope="col">${t.territory}</th><th scope="col" class="n">${t.attendance}</th></tr></thead><tbody>${rows.map(
        (cell) => html`<tr><td>${nameOf(ctx, ctx.catalogues.territories, cell.key) || cell.key}</td><td class="n">${countText(ctx, cell.value)}</td></tr>`,
      )}</tbody></table><p class="muted">${t.suppressedNote}</p>`
}`;
}
