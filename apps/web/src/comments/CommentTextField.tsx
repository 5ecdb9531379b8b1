import type { KeyboardEvent } from 'react';
import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The longest comment the server takes, in characters. */
export const COMMENT_MAX_LENGTH = 5000;

/** Whether a text is worth sending: the server refuses a blank comment. */
export const isSendable = (text: string): boolean => text.trim().length > 0;

/**
 * A comment's text, labelled, with its length against the limit. Ctrl+Enter (⌘+Enter)
 * submits and Escape cancels, so writing a comment needs no mouse.
 */
export const CommentTextField = ({
  label,
  value,
  onChange,
  onSubmit,
  onCancel,
  disabled = false,
  autoFocus = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  onCancel?: () => void;
  disabled?: boolean;
  autoFocus?: boolean;
}) => {
  const translate = useTranslate();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (isSendable(value)) onSubmit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <TextField
      label={translate(label)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
      disabled={disabled}
      autoFocus={autoFocus}
      multiline
      minRows={2}
      fullWidth
      slotProps={{ htmlInput: { maxLength: COMMENT_MAX_LENGTH } }}
      helperText={translate('pejling.comments.hint', {
        length: value.length,
        max: COMMENT_MAX_LENGTH,
      })}
    />
  );
};
