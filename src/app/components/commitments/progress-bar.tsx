import { formatCount, t } from '../../state/language';

/** Percentage of progress: a native <progress> with its number written beside it. */
export function ProgressBar(props: { percent: number; id: string }) {
  return (
    <p class="cprogress">
      <label for={props.id}>{t('commitments.progress', { percent: formatCount(props.percent) })}</label>
      <progress id={props.id} class="cprogress__bar" max={100} value={props.percent} />
    </p>
  );
}
