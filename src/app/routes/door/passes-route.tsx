import { Show } from 'solid-js';
import { useMyPasses } from '../../state/door/my-passes';
import { formatLongDate } from '../../state/events/event-format';
import { t } from '../../state/language';
import { CardList } from '../../components/card-list';
import '../../styles/door.css';
import { Page } from '../../components/page';

/** /pases: the passes kept on this device ("Mis pases"), each ready to show at the door, also offline. */
export default function PassesRoute() {
  const passes = useMyPasses();
  return (
    <Page name="passes" title={t('door.passes.title')}>
      <p>{t('door.passes.intro')}</p>
      <CardList items={passes()} name="passes" empty={t('door.passes.empty')}>
        {(pass) => (
          <>
            <a class="card__link" href={`/pases/${encodeURIComponent(pass.attendeeId)}`}>
              {pass.eventName}
            </a>
            <p class="card__status">{pass.displayName}</p>
            <Show when={pass.startsAt}>{(at) => <p class="card__status">{formatLongDate(at())}</p>}</Show>
          </>
        )}
      </CardList>
    </Page>
  );
}
