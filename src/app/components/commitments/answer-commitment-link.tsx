import { t } from '../../state/language';

/** "Crear compromiso" on an answered escuchadero case: the form opens pre-filled and linked to the question. */
export function AnswerCommitmentLink(props: { eventId: string; recordId: string }) {
  const href = () => `/compromisos/nuevo?evento=${encodeURIComponent(props.eventId)}&pregunta=${encodeURIComponent(props.recordId)}`;
  return (
    <a class="button button--secondary" href={href()} data-testid="create-commitment">
      {t('commitments.fromAnswer')}
    </a>
  );
}
