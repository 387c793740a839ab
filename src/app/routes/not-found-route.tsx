import { t } from '../state/language';
import { Page } from '../components/page';

export default function NotFoundRoute() {
  return (
    <Page name="not-found" title={t('notFound.title')}>
      <a class="button button--primary" href="/">
        {t('notFound.back')}
      </a>
    </Page>
  );
}
