import type { TranslationMessages } from 'react-admin';

export type { Translate } from '../shell/shell';

type RaMessages = TranslationMessages['ra'];

/**
 * react-admin's own messages, every key required. ra-core marks `guesser` and
 * `configurable` optional, but ra-language-english has them, so a language that left
 * them out would show raw keys.
 */
export type CompleteRaMessages = RaMessages &
  Required<Pick<RaMessages, 'guesser' | 'configurable'>>;

/**
 * The shape of a message tree with every leaf a string: the Danish messages are the
 * reference, and another language typed `Translations<typeof pejlingDa>` must have exactly
 * the same keys (a missing or extra key is a type error).
 */
export type Translations<T> = {
  [K in keyof T]: T[K] extends string ? string : Translations<T[K]>;
};
