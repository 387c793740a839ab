import { InputField } from '../events/input-field';

export interface AuthFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'number';
  /** e.g. "username", "current-password", "new-password": lets password managers help. */
  autocomplete?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  min?: number;
  max?: number;
}

/** A labelled input of the sign-in and administration forms (email, password, name, numbers). */
export function AuthField(props: AuthFieldProps) {
  return <InputField {...props} />;
}
