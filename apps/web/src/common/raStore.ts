/**
 * A choice where react-admin keeps it: its localStorage store (`localStorageStore`, the
 * default of <Admin>) saves each key as JSON under `RaStore.<key>`, and empties it when
 * someone signs out. The pages drawn before react-admin is loaded (the sign-in page, the
 * frame) read and write the same entries, so that the app starts with the choices made
 * there. Undefined: none stored, or no storage.
 */
export const readRaStore = (key: string): unknown => {
  try {
    return JSON.parse(localStorage.getItem(`RaStore.${key}`) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
};

export const writeRaStore = (key: string, value: unknown): void => {
  try {
    if (value === undefined) localStorage.removeItem(`RaStore.${key}`);
    else localStorage.setItem(`RaStore.${key}`, JSON.stringify(value));
  } catch {
    // Storage refused (a private window): the choice holds for this page only.
  }
};
