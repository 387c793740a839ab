import type { StaffUser } from '../../core/auth/accounts';
import type { StoredUser } from '../store/auth-store';

/** A user as the API shows it: never the password hash. */
export const userView = (user: StoredUser): StaffUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  disabled: user.disabledAt !== null,
});
