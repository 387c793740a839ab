import '../../styles/auth.css';
import { createSignal, For, onMount, Show } from 'solid-js';
import { ROLES, type Role } from '../../../core/auth/roles';
import { AdminTabs } from '../../components/auth/admin-tabs';
import { roleLabel } from '../../components/auth/account-status';
import { InputField } from '../../components/input-field';
import { SelectField } from '../../components/select-field';
import { CampoEvents } from '../../components/auth/campo-events';
import type { EventDocument } from '../../../core/events';
import { fetchEvents } from '../../state/events/events-api';
import { FormProblem } from '../../components/auth/form-problem';
import { createUserAdmin } from '../../state/auth/admin-users';
import { t } from '../../state/language';
import { Page } from '../../components/page';

/** /administracion/usuarios — staff accounts: list, create with a role, disable or enable. */
export default function UsersRoute() {
  const admin = createUserAdmin();
  const [name, setName] = createSignal('');
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [role, setRole] = createSignal<Role>('campo');
  const [created, setCreated] = createSignal<string>();
  const [eventList, setEventList] = createSignal<EventDocument[]>();
  onMount(() => {
    void admin.load();
    // The events to assign campo accounts to (issue 12).
    void fetchEvents().then((answer) => setEventList(answer.ok ? answer.value.events : []));
  });

  async function create(event: SubmitEvent) {
    event.preventDefault();
    const user = { name: name().trim(), email: email().trim(), password: password(), role: role() };
    if (await admin.create(user)) {
      setCreated(user.email);
      setName('');
      setEmail('');
      setPassword('');
    } else setCreated(undefined);
  }

  return (
    <Page name="users" title={t('auth.users.title')} class="auth-page">
      <AdminTabs />
      <p class="page__meta">{t('auth.users.intro')}</p>
      <FormProblem problem={admin.problem()} />
      <form class="card" aria-labelledby="new-user-title" onSubmit={(e) => void create(e)}>
        <h2 id="new-user-title" class="card__title">
          {t('auth.users.new')}
        </h2>
        <InputField id="user-name" autocomplete="off" label={t('auth.name')} value={name()} onInput={setName} required />
        <InputField id="user-email" type="email" label={t('auth.email')} value={email()} onInput={setEmail} required />
        <InputField id="user-password" type="password" autocomplete="new-password" label={t('auth.password')} hint={t('auth.passwordHint')} value={password()} onInput={setPassword} required />
        <SelectField
          id="user-role"
          label={t('auth.users.role')}
          value={role()}
          groups={[{ options: ROLES.map((r) => ({ value: r, label: roleLabel(r) })) }]}
          onChange={(value) => setRole(value as Role)}
        />
        <button type="submit" class="button button--primary" disabled={admin.busy()}>
          {t('auth.users.create')}
        </button>
        <div role="status" class="auth-status">
          <Show when={created()}>{(mail) => <p class="save-status__ok">{t('auth.users.created', { email: mail() })}</p>}</Show>
        </div>
      </form>
      <h2 class="auth-page__section">{t('auth.users.list')}</h2>
      <ul class="cards">
        <For each={admin.users()}>
          {(user) => (
            <li class="card" data-testid="user" data-email={user.email}>
              <h3 class="card__title">{user.name}</h3>
              <p>{user.email}</p>
              <p>
                {roleLabel(user.role)} · {user.disabled ? t('auth.users.disabled') : t('auth.users.active')}
              </p>
              <button
                type="button"
                class="button button--secondary"
                disabled={admin.busy()}
                aria-label={user.disabled ? t('auth.users.enableOf', { name: user.name }) : t('auth.users.disableOf', { name: user.name })}
                onClick={() => void admin.setDisabled(user.id, !user.disabled)}
              >
                {user.disabled ? t('auth.users.enable') : t('auth.users.disable')}
              </button>
              <Show when={user.role === 'campo'}>
                <CampoEvents userId={user.id} userName={user.name} events={eventList()} busy={admin.busy()} read={admin.assignedEvents} save={admin.assignEvents} />
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Page>
  );
}
