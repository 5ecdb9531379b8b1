import type { Language } from '@pejling/contracts';
import type { Standing } from './items';
import { type DigestContent, entryWords, headingOf } from './sentences';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes a value for an HTML text node or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

export const STYLE = {
  body: 'margin:0;padding:16px;background:#ffffff;color:#1f1f1f;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5',
  main: 'max-width:640px',
  heading: 'font-size:17px;margin:28px 0 8px 0;padding-bottom:4px;border-bottom:1px solid #d0d0d0',
  list: 'margin:0;padding:0 0 0 20px',
  item: 'margin:0 0 16px 0',
  title: 'font-weight:bold',
  standing: {
    overdue: 'color:#b3261e;font-weight:bold',
    today: 'color:#8a4b00;font-weight:bold',
    soon: 'font-weight:bold',
  } satisfies Record<Standing, string>,
  link: 'color:#0b57d0',
  small: 'margin-top:28px;font-size:13px;color:#555555',
};

/** A link; or, where it is left out (a copy to read), its label and the placeholder. */
export function link(href: string | null, label: string, leftOut: string): string {
  if (href === null) return `${escapeHtml(label)}: ${escapeHtml(leftOut)}`;
  return `<a href="${escapeHtml(href)}" style="${STYLE.link}">${escapeHtml(label)}</a>`;
}

/**
 * An e-mail's HTML page around its content (HTML lines), styled inline (mail programs drop
 * style sheets), with nothing fetched.
 */
export function htmlPage(language: Language, title: string, content: string[]): string {
  const e = escapeHtml;
  return `${[
    '<!DOCTYPE html>',
    `<html lang="${e(language)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<title>${e(title)}</title></head>`,
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.main}">`,
    ...content,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n')}\n`;
}

/** The digest as HTML. */
export function renderHtml(
  { p, greeting, intro, groups, unsubscribeUrl }: DigestContent,
  language: Language,
  title: string,
): string {
  const e = escapeHtml;
  const out: string[] = [`<p>${e(greeting)}</p>`, `<p>${e(intro)}</p>`];
  for (const group of groups) {
    out.push(
      `<h2 style="${STYLE.heading}">${e(headingOf(p, group))}</h2>`,
      `<ul style="${STYLE.list}">`,
    );
    for (const entry of group.entries) {
      const w = entryWords(p, entry);
      const lines = [
        `<div style="${STYLE.title}">${e(w.title)}</div>`,
        `<div>${e(w.due)} (<span style="${STYLE.standing[entry.standing]}">${e(w.when)}</span>)</div>`,
        `<div>${e(w.action)}</div>`,
      ];
      if (w.because) lines.push(`<div>${e(w.because)}</div>`);
      if (w.alsoTold.length > 0) lines.push(`<div>${e(w.alsoTold.join(' '))}</div>`);
      lines.push(`<div>${link(entry.item.link, w.linkLabel, p.linkLeftOut)}</div>`);
      out.push(`<li style="${STYLE.item}">`, ...lines, '</li>');
    }
    out.push('</ul>');
  }
  out.push(`<p style="margin-top:28px">${e(p.signOff)}<br>Pejling</p>`);
  if (unsubscribeUrl !== undefined) {
    out.push(
      `<p style="${STYLE.small}">${e(p.unsubscribe.question)} ${e(p.unsubscribe.note)}<br>` +
        `${link(unsubscribeUrl, p.unsubscribe.link, p.linkLeftOut)}</p>`,
    );
  }
  return htmlPage(language, title, out);
}
