import type { IsoInstant } from './records';
import type { ResourceName } from './resources';

/** The records a file can be attached to, as `parentType` names them. */
export const ATTACHMENT_PARENT_TYPES = [
  'initiative',
  'milestone',
  'status-report',
  'measurement',
] as const;
export type AttachmentParentType = (typeof ATTACHMENT_PARENT_TYPES)[number];

/** The resource of each kind of parent. */
export const ATTACHMENT_PARENT_RESOURCES = {
  initiative: 'initiatives',
  milestone: 'milestones',
  'status-report': 'status-reports',
  measurement: 'measurements',
} as const satisfies Record<AttachmentParentType, ResourceName>;

/**
 * An attachment (`/api/attachments`): a file kept as evidence on a record, read by whoever
 * reads the record. Uploaded as `multipart/form-data` (`parentType`, `parentId`, then
 * `file`) and never changed; its bytes are at `/api/attachments/:id/content`.
 */
export interface AttachmentRecord {
  id: number;
  parentType: AttachmentParentType;
  parentId: number;
  /** The name it was uploaded with, made safe (no path, no control or direction characters). */
  fileName: string;
  /** What the content is, as the server found it (not as the client said). */
  contentType: string;
  /** In bytes. */
  size: number;
  /** Null once that person has been deleted. */
  uploadedByPersonId: number | null;
  createdAt: IsoInstant;
}

/**
 * A file's size as people read it, in the locale given: "830 B", "12 kB", "3,4 MB". Counted
 * in 1 024s, as the attachment settings count MB.
 */
export function formatFileSize(bytes: number, locale: string): string {
  const number = (n: number, digits = 0) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} kB`;
  return `${number(bytes / 1024 / 1024, 1)} MB`;
}
