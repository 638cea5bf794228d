// Marking a span for redaction: select text in the card (or type it), pick a kind, and the value is replaced
// everywhere in the conversation from then on. Offsets are found in the original field, not in what is shown.
import { useState } from 'preact/hooks';
import { REDACTION_KINDS, type RedactionKind } from '../../core/redaction/types';
import type { PageStore } from '../../store/api';
import type { OnAction } from './actions';

export function RedactForm({ store, conv, eventId, field, original, onAction }: {
  store: PageStore;
  conv: string;
  eventId: string;
  field: string;
  original: string;
  onAction: OnAction;
}) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [kind, setKind] = useState<RedactionKind>('secret');
  const [error, setError] = useState('');
  if (!open) {
    return (
      <button
        type="button"
        class="link"
        data-testid="redact-open"
        onMouseDown={() => setValue(window.getSelection()?.toString() ?? '')}
        onClick={() => {
          setError('');
          setOpen(true);
        }}
      >
        Redact…
      </button>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    const start = value ? original.indexOf(value) : -1;
    if (value.length < 2 || start === -1) {
      setError(value.length < 2 ? 'Select or type at least 2 characters.' : 'That text is not in this message (already redacted parts show as tokens).');
      return;
    }
    const undo = await store.addRedaction({ conv, eventId, field, start, end: start + value.length, value, kind });
    setOpen(false);
    setValue('');
    onAction(`Redacted ${value.length} characters`, undo, conv);
  };
  return (
    <form class="redact" onSubmit={(e) => void submit(e)} data-testid="redact-form">
      <label class="field grow">
        Text to redact everywhere in this conversation{' '}
        <input type="text" value={value} onInput={(e) => setValue(e.currentTarget.value)} data-testid="redact-value" autoFocus />
      </label>
      <label class="field">
        as{' '}
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as RedactionKind)}>
          {REDACTION_KINDS.map((k) => (
            <option key={k} value={k}>{k.replace('_', ' ')}</option>
          ))}
        </select>
      </label>
      <button type="submit" class="primary" data-testid="redact-submit">Redact</button>
      <button type="button" onClick={() => setOpen(false)}>Cancel</button>
      {error && <p class="error" role="alert">{error}</p>}
    </form>
  );
}
