import { Show } from 'solid-js';
import type { InterpreterDemand } from '../../../core/attendance/interpreter-demand';
import { formatCount, t } from '../../state/language';

/**
 * Ley 982 de 2005: ten or more deaf or deafblind people asking means the event must have an LSC interpreter
 * and a guide-interpreter. Shown at the top, as an alert, when the threshold is reached.
 */
export function InterpreterAlert(props: { demand: InterpreterDemand | undefined; booked: boolean }) {
  return (
    <Show when={props.demand?.reached && props.demand}>
      {(d) => (
        <section class="alert-982" role="alert" aria-labelledby="alert-982-title" data-testid="ley-982-alert">
          <h2 id="alert-982-title" class="alert-982__title">
            {t('events.ley982.title')}
          </h2>
          <p>{t('events.ley982.text', { people: formatCount(d().people), lsc: formatCount(d().lsc), guide: formatCount(d().guideInterpreter) })}</p>
          <p class="alert-982__booking">{props.booked ? t('events.ley982.booked') : t('events.ley982.notBooked')}</p>
        </section>
      )}
    </Show>
  );
}
