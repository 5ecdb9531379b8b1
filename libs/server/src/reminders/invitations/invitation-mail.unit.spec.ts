import { renderInvitation } from './invitation-mail';

describe('the invitation e-mail', () => {
  const person = { name: 'Olga Olsen', email: 'olga@example.dk', language: 'da' as const };
  const url = 'https://pejling.example.dk/#/set-password?token=abc';
  // 22:30 UTC on 22 June is already 23 June in Copenhagen (summer time, UTC+2).
  const expiresAt = '2017-06-22T22:30:00.000Z';

  it('gives the link to choose a password, and says when it stops working, in Danish', () => {
    const mail = renderInvitation({ person, url, expiresAt });
    expect(mail.subject).toBe('Pejling: Din invitation til Pejling');
    expect(mail.text).toContain('Kære Olga Olsen\n');
    expect(mail.text).toContain('olga@example.dk');
    expect(mail.text).toContain(`Vælg din adgangskode:\n${url}\n`);
    expect(mail.text).toContain('udløber 23. juni 2017');
    expect(mail.html).toContain(`<a href="${url}"`);
    expect(mail.html).toContain('<html lang="da">');
  });

  it('speaks English to a person who reads English', () => {
    const mail = renderInvitation({ person: { ...person, language: 'en' }, url, expiresAt });
    expect(mail.subject).toBe('Pejling: Your invitation to Pejling');
    expect(mail.text).toContain('Dear Olga Olsen\n');
    expect(mail.text).toContain(`Choose your password:\n${url}\n`);
    expect(mail.text).toContain('expires on 23 June 2017');
  });

  it('leaves the link out of a copy to read', () => {
    const mail = renderInvitation({ person, url: null, expiresAt });
    expect(mail.text).toContain(
      'Vælg din adgangskode:\n[personligt link, kun i modtagerens e-mail]\n',
    );
    expect(mail.html).not.toMatch(/<a\b|https?:/);
  });
});
