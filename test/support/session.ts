/** The demo accounts that `npm start` creates, and their password. */
export const DEMO_PASSWORD = 'pejling-demo';
export const DEMO = {
  secretariat: 'sekretariat@demo.pejling.dk',
  steering: 'styregruppe@demo.pejling.dk',
  ufm: 'ufm@demo.pejling.dk',
  ced: 'ced@demo.pejling.dk',
} as const;

/** A client of a running app that signs in and sends its session cookie on every request. */
export class Session {
  private cookie = '';

  constructor(private readonly baseUrl: string) {}

  signIn(email: string, password = DEMO_PASSWORD): Promise<Response> {
    return this.startSession('/api/auth/login', { email, password });
  }

  /** Signs in with the token of a link from an e-mail, as the web app's link page does. */
  signInWithLink(token: string): Promise<Response> {
    return this.startSession('/api/auth/link', { token });
  }

  private async startSession(path: string, body: object): Promise<Response> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    return response;
  }

  fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    // A form (a file upload) gets its multipart type, with its boundary, from fetch.
    if (typeof init.body === 'string') headers.set('content-type', 'application/json');
    return fetch(`${this.baseUrl}${path}`, { ...init, headers });
  }

  /** The cookie as it is now, to replay it after sign-out. */
  get cookieHeader(): string {
    return this.cookie;
  }
}
