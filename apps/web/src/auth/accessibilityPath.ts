/**
 * Where the accessibility statement stands, for everyone: the sign-in page and the user
 * menu link to it, boot.tsx draws it before the app is loaded and App.tsx in the app. Apart
 * from the page, so that linking to it does not load it.
 */
export const ACCESSIBILITY_PATH = '/accessibility';
