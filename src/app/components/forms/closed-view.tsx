import { citizenProblem } from '../../../core/problems/citizen-problems';
import { problemText, t } from '../../state/language';

/** The office closed this form for its event: no form to fill in, only that and a thank-you. */
export function ClosedView() {
  return (
    <section class="qrefusal" aria-labelledby="closed-title" data-testid="link-closed">
      <h1 id="closed-title" class="page__title" tabindex="-1">
        {t('forms.closedTitle')}
      </h1>
      <p class="qrefusal__text" role="alert">
        {problemText(citizenProblem('form.link_closed'))}
      </p>
    </section>
  );
}
