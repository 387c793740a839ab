import { t } from '../state/language';

export default function NotFoundRoute() {
  return (
    <section class="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title" class="page__title" tabindex="-1">
        {t('notFound.title')}
      </h1>
      <a class="button button--primary" href="/">
        {t('notFound.back')}
      </a>
    </section>
  );
}
