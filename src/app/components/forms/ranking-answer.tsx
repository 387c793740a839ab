import { createSignal, For, Show } from 'solid-js';
import type { OptionGroup } from '../../state/forms/field-options';
import { addRanked, moveRanked, picksOf, removeRanked } from '../../state/forms/form-draft';
import { t } from '../../state/language';

export interface RankingAnswerProps {
  id: string;
  max: number;
  groups: OptionGroup[];
  value: unknown;
  onChange: (ranked: string[]) => void;
  error?: string | undefined;
}

/**
 * "Pick up to N, in order": every step is a button (add, up, down, remove), so it works with a keyboard,
 * a switch or a screen reader; each move is announced and focus stays on the item that moved.
 */
export function RankingAnswer(props: RankingAnswerProps) {
  let root: HTMLDivElement | undefined;
  const [said, setSaid] = createSignal('');
  const ranked = () => picksOf(props.value);
  const full = () => ranked().length >= props.max;
  const labels = () => new Map(props.groups.flatMap((g) => g.options.map((o) => [o.value, o.label] as const)));
  const labelOf = (value: string) => labels().get(value) ?? value;
  // Options not chosen yet, numbered across groups so focus can go on to "the next one" after an add.
  const openGroups = () => {
    let n = 0;
    return props.groups
      .map((g) => ({ label: g.label, options: g.options.filter((o) => !ranked().includes(o.value)).map((o) => ({ ...o, index: n++ })) }))
      .filter((g) => g.options.length > 0);
  };
  // The first selector that finds an element wins (a moved button may be disabled now, a used one gone).
  const focus = (...selectors: string[]) =>
    queueMicrotask(() => selectors.map((s) => root?.querySelector<HTMLElement>(s)).find((el) => el)?.focus());
  const item = (value: string, action: string) => `[data-rank="${CSS.escape(value)}"][data-action="${action}"]:not(:disabled)`;

  const add = (value: string, index: number) => {
    const next = addRanked(ranked(), value, props.max);
    props.onChange(next);
    setSaid(t('forms.ranking.added', { option: labelOf(value), place: next.length, max: props.max }));
    // The button is gone from the list: go on to the option that took its place, or to the chosen list.
    focus(`[data-add-index="${index}"]:not(:disabled)`, item(value, 'remove'));
  };
  const move = (value: string, delta: -1 | 1) => {
    const next = moveRanked(ranked(), value, delta);
    props.onChange(next);
    setSaid(t('forms.ranking.moved', { option: labelOf(value), place: next.indexOf(value) + 1 }));
    focus(item(value, delta < 0 ? 'up' : 'down'), item(value, delta < 0 ? 'down' : 'up'));
  };
  const remove = (value: string, index: number) => {
    const next = removeRanked(ranked(), value);
    props.onChange(next);
    setSaid(t('forms.ranking.removed', { option: labelOf(value) }));
    const neighbour = next[Math.min(index, next.length - 1)];
    focus(...(neighbour === undefined ? [] : [item(neighbour, 'remove')]), '[data-add-index="0"]');
  };

  return (
    <div class="qrank" ref={root}>
      <p class="qrank__count" id={`${props.id}-count`}>
        {t('forms.ranking.count', { count: ranked().length, max: props.max })}
      </p>
      <Show when={ranked().length > 0}>
        <ol class="qrank__list" aria-label={t('forms.ranking.chosen')}>
          <For each={ranked()}>
            {(value, index) => (
              <li class="qrank__item">
                <span class="qrank__place" aria-hidden="true">
                  {index() + 1}
                </span>
                <span class="qrank__label">{labelOf(value)}</span>
                <span class="qrank__buttons">
                  <button type="button" class="button button--secondary qrank__button" data-rank={value} data-action="up" disabled={index() === 0} aria-label={t('forms.ranking.upOf', { option: labelOf(value) })} onClick={() => move(value, -1)}>
                    {t('forms.ranking.up')}
                  </button>
                  <button type="button" class="button button--secondary qrank__button" data-rank={value} data-action="down" disabled={index() === ranked().length - 1} aria-label={t('forms.ranking.downOf', { option: labelOf(value) })} onClick={() => move(value, 1)}>
                    {t('forms.ranking.down')}
                  </button>
                  <button type="button" class="button button--secondary qrank__button" data-rank={value} data-action="remove" aria-label={t('forms.ranking.removeOf', { option: labelOf(value) })} onClick={() => remove(value, index())}>
                    {t('forms.ranking.remove')}
                  </button>
                </span>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={full()}>
        <p class="field__hint">{t('forms.ranking.full', { max: props.max })}</p>
      </Show>
      <For each={openGroups()}>
        {(group) => (
          <>
            <Show when={group.label}>
              <p class="qrank__group">{group.label}</p>
            </Show>
            <ul class="qrank__options">
              <For each={group.options}>
                {(option) => (
                  <li>
                    <button
                      type="button"
                      class="qrank__add"
                      data-add-index={option.index}
                      disabled={full()}
                      aria-label={t('forms.ranking.addOf', { option: option.label })}
                      aria-describedby={`${props.id}-count`}
                      onClick={() => add(option.value, option.index)}
                    >
                      <span aria-hidden="true" class="qrank__plus">
                        +
                      </span>
                      {option.label}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </For>
      <p class="visually-hidden" role="status" aria-live="polite">
        {said()}
      </p>
    </div>
  );
}
