import type { Translate } from './types';

/**
 * Fills in a message written in polyglot's syntax, as react-admin's messages are:
 * `%{name}` placeholders (one without a value stays as it is), and `singular |||| plural`
 * chosen by `smart_count` (Danish and English both have one form for 1 and one for every
 * other number).
 */
const format = (text: string, args: Record<string, unknown>): string => {
  const forms = text.split('||||').map((form) => form.trim());
  const count = args['smart_count'];
  const chosen = forms.length > 1 && count !== 1 ? forms[1] : forms[0];
  return chosen.replace(/%\{(\w+)\}/g, (placeholder, name: string) =>
    args[name] != null ? String(args[name]) : placeholder,
  );
};

/**
 * `translate` over a tree of messages (`{ pejling: { auth: { title } } }` for the key
 * `pejling.auth.title`), without react-admin. A key it does not have goes to `otherwise`
 * if given (react-admin's `translate`, for a page's own messages beside the app's), else
 * is answered as polyglot does: by the `_` argument (filled in) if there is one, else the
 * key itself.
 */
export const translatorOf =
  (tree: object, otherwise?: Translate): Translate =>
  (key, args = {}) => {
    const text = key
      .split('.')
      .reduce<unknown>((node, name) => (node as Record<string, unknown> | undefined)?.[name], tree);
    if (typeof text === 'string') return format(text, args);
    if (otherwise) return otherwise(key, args);
    return typeof args['_'] === 'string' ? format(args['_'], args) : key;
  };
