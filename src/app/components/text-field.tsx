import { InputField } from './events/input-field';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  hint?: string;
  inputMode?: 'text' | 'numeric';
  autocapitalize?: 'words' | 'characters' | 'off';
  ref?: (element: HTMLInputElement) => void;
}

/** A plain text input of the door's forms: the shared labelled input, typed as text. */
export function TextField(props: TextFieldProps) {
  return <InputField {...props} inputMode={props.inputMode ?? 'text'} />;
}
