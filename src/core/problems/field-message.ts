import type { Language } from './problem';

/**
 * A schema's own message for a field, in both languages, defined once in a catalogue of field messages
 * (citizen-field-messages.ts, office-field-messages.ts) and named by its key, as problems are. `{name}` marks where
 * a parameter goes.
 */
export interface FieldMessageDefinition {
  es: string;
  en: string;
}

/** A value put into a message: the same in both languages (a number, a code) or its own in each (a question's label). */
export type MessageParam = string | number | Readonly<Record<Language, string>>;
export type MessageParams = Readonly<Record<string, MessageParam>>;

// The language of the parse running now. zod gives a schema's own message precedence over a parse's error map and
// tells it nothing about the parse, so the parse (parseIn, field-issues.ts) says here which language it wants
// while it runs. Parsing is synchronous: nothing else can run in between. Spanish, the wire's language, otherwise.
let reading: Language = 'es';

/** Runs `parse` with field messages in `language`; the language outside is restored after, even on a throw. */
export function readingIn<T>(language: Language, parse: () => T): T {
  const outer = reading;
  reading = language;
  try {
    return parse();
  } finally {
    reading = outer;
  }
}

/** The language messages are written in now: a parse inside a schema (a form's answers) keeps its caller's. */
export const readingLanguage = (): Language => reading;

const PLACEHOLDER = /\{(\w+)\}/g;

/** A message's text in `language`, parameters filled in; a missing one stays visible as `{name}`. */
export function renderFieldMessage(definition: FieldMessageDefinition, language: Language, params?: MessageParams): string {
  const template = definition[language];
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[language] : String(value);
  });
}

/** What a schema passes as `error`: the message, written when an issue is raised, in the parse's language. */
export type FieldError = () => string;

/**
 * The ways code names a message of one catalogue part: as a zod `error` or as text for an issue a schema adds (both
 * in the parse's language), or as text in a language given outright (an issue the server writes outside a parse).
 */
export function fieldMessagesOf<C extends string>(part: Readonly<Record<C, FieldMessageDefinition>>) {
  return {
    message: (key: C, params?: MessageParams): FieldError => () => renderFieldMessage(part[key], reading, params),
    text: (key: C, params?: MessageParams): string => renderFieldMessage(part[key], reading, params),
    textIn: (language: Language, key: C, params?: MessageParams): string => renderFieldMessage(part[key], language, params),
  };
}
